package dev.ec2lite.bench;

/** An empty JVM: what starting Java and exiting costs, the floor every CLI start-up is compared with. */
public final class Noop {
    private Noop() {}

    public static void main(String[] args) {
        // Nothing: the point is the JVM's own start and exit.
    }
}
