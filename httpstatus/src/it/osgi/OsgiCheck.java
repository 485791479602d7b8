import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Installs the jar in an OSGi framework found on the class path (Felix in scripts/check-osgi.sh),
 * starts it without AssertJ installed, and checks that it resolves, exports exactly the packages
 * named on the command line, and answers a call made through the bundle's own class loader.
 *
 * <p>Usage: {@code java -cp framework.jar OsgiCheck.java path/to/httpstatus.jar package...}
 */
public final class OsgiCheck {

    private OsgiCheck() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: OsgiCheck JAR EXPORTED_PACKAGE...");
        }
        Path jar = Path.of(args[0]);
        Set<String> expectedExports = new TreeSet<>(Arrays.asList(args).subList(1, args.length));
        Path storage = Files.createTempDirectory("osgi-check");
        Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"))
                .newFramework(Map.of(
                        Constants.FRAMEWORK_STORAGE, storage.toString(),
                        Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        framework.start();
        try {
            Bundle bundle = framework.getBundleContext().installBundle(jar.toUri().toString());
            bundle.start();
            require(bundle.getState() == Bundle.ACTIVE, "the bundle is not active: state " + bundle.getState());
            System.out.println("bundle: " + bundle.getSymbolicName() + " " + bundle.getVersion() + " active");

            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            Set<String> exports = new TreeSet<>();
            for (BundleCapability capability : wiring.getCapabilities("osgi.wiring.package")) {
                exports.add((String) capability.getAttributes().get("osgi.wiring.package"));
            }
            System.out.println("exports: " + String.join(", ", exports));
            require(exports.equals(expectedExports),
                    "the bundle exports " + exports + " but the module exports " + expectedExports);

            Class<?> info = bundle.loadClass("io.github.httpstatus.HttpStatusInfo");
            require(info.getClassLoader() == wiring.getClassLoader(),
                    "HttpStatusInfo was not loaded by the bundle's class loader");
            Object permanentRedirect = info.getMethod("of", int.class).invoke(null, 308);
            Method preservesMethod = info.getMethod("preservesMethod");
            require(Boolean.TRUE.equals(preservesMethod.invoke(permanentRedirect)),
                    "308 does not preserve the method inside the framework");
            System.out.println("call through the bundle: " + permanentRedirect + " preserves method");
        } finally {
            framework.stop();
            framework.waitForStop(10_000);
            deleteTree(storage);
        }
    }

    private static void require(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException(failure);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
