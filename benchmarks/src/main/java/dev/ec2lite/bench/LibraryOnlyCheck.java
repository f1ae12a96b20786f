package dev.ec2lite.bench;

/**
 * Proves that the library's class path of the footprint table (no picocli, no JMESPath: the command
 * line's optional dependencies) is enough for a call: one call to an in-process stub, exit code 0 or
 * not.
 */
public final class LibraryOnlyCheck {
    private LibraryOnlyCheck() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try (StubServer stub = StubServer.start(1)) {
            ColdStartEc2lite.main(new String[] {stub.url()});
            if (stub.requests() != 1) {
                throw new IllegalStateException("the stub saw " + stub.requests() + " requests, expected 1");
            }
        }
        System.out.println("library-only class path: one call made");
    }
}
