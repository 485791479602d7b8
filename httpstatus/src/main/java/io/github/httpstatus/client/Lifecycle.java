package io.github.httpstatus.client;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The lifecycle methods that {@code HttpClient} gained in Java 21 ({@code shutdown},
 * {@code shutdownNow}, {@code awaitTermination}, {@code isTerminated}, {@code close}), called on
 * the wrapped client when the running JDK has them. The library is compiled for Java 17, which has
 * none; {@link PolicyHttpClient} declares the same methods, so on Java 21 and later they override
 * {@code HttpClient}'s, and they reach the wrapped client through these handles. One class file
 * serves every JDK, on the class path and the module path alike.
 */
final class Lifecycle {

    private static final MethodHandle SHUTDOWN = find("shutdown", MethodType.methodType(void.class));
    private static final MethodHandle SHUTDOWN_NOW = find("shutdownNow", MethodType.methodType(void.class));
    private static final MethodHandle AWAIT_TERMINATION = find("awaitTermination",
            MethodType.methodType(boolean.class, Duration.class));
    private static final MethodHandle IS_TERMINATED = find("isTerminated", MethodType.methodType(boolean.class));
    private static final MethodHandle CLOSE = find("close", MethodType.methodType(void.class));

    private Lifecycle() {
    }

    /** The public method of {@code HttpClient}, or null on a JDK that lacks it. */
    static MethodHandle find(String name, MethodType type) {
        try {
            return MethodHandles.publicLookup().findVirtual(HttpClient.class, name, type);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }

    static void shutdown(HttpClient client) {
        if (SHUTDOWN != null) {
            run(SHUTDOWN, client);
        }
    }

    static void shutdownNow(HttpClient client) {
        if (SHUTDOWN_NOW != null) {
            run(SHUTDOWN_NOW, client);
        }
    }

    static void close(HttpClient client) {
        if (CLOSE != null) {
            run(CLOSE, client);
        }
    }

    static boolean isTerminated(HttpClient client) {
        if (IS_TERMINATED == null) {
            return false;
        }
        try {
            return (boolean) IS_TERMINATED.invokeExact(client);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean awaitTermination(HttpClient client, Duration duration) throws InterruptedException {
        if (AWAIT_TERMINATION == null) {
            return false;
        }
        try {
            return (boolean) AWAIT_TERMINATION.invokeExact(client, duration);
        } catch (RuntimeException | Error | InterruptedException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(MethodHandle method, HttpClient client) {
        try {
            method.invokeExact(client);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
