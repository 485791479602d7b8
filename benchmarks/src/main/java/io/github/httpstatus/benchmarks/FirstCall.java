package io.github.httpstatus.benchmarks;

import io.github.httpstatus.HttpStatusInfo;
import io.netty.handler.codec.http.HttpResponseStatus;
import jakarta.ws.rs.core.Response;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;
import org.springframework.http.HttpStatus;

/**
 * The child process of {@link FirstCallTimer}: makes one library's first status lookup in a fresh
 * JVM and prints how long that call took in nanoseconds, then the class of what it returned (not
 * its {@code toString()}, whose first string concatenation would cost more than the lookup). Each
 * library's call sits in its own nested class, so no other library is loaded.
 */
public final class FirstCall {

    /** The subjects, in the order the timer reports them; {@code none} makes no call at all. */
    static final String[] SUBJECTS = {"none", "httpstatus", "spring", "jakarta", "netty", "httpcore5"};

    private FirstCall() {
    }

    /**
     * Makes the first call of one subject.
     *
     * @param args  one of {@link #SUBJECTS}
     */
    public static void main(String[] args) {
        long start = System.nanoTime();
        Object result = switch (args[0]) {
            case "none" -> "nothing";
            case "httpstatus" -> Httpstatus.lookUp();
            case "spring" -> Spring.lookUp();
            case "jakarta" -> Jakarta.lookUp();
            case "netty" -> Netty.lookUp();
            case "httpcore5" -> Httpcore5.lookUp();
            default -> throw new IllegalArgumentException("no such subject: " + args[0]);
        };
        long nanos = System.nanoTime() - start;
        System.out.print(nanos);
        System.out.print(' ');
        System.out.println(result.getClass().getName());
    }

    private static final class Httpstatus {
        static Object lookUp() {
            return HttpStatusInfo.of(404);
        }
    }

    private static final class Spring {
        static Object lookUp() {
            return HttpStatus.valueOf(404);
        }
    }

    private static final class Jakarta {
        static Object lookUp() {
            return Response.Status.fromStatusCode(404);
        }
    }

    private static final class Netty {
        static Object lookUp() {
            return HttpResponseStatus.valueOf(404);
        }
    }

    private static final class Httpcore5 {
        static Object lookUp() {
            return EnglishReasonPhraseCatalog.INSTANCE.getReason(404, null);
        }
    }
}
