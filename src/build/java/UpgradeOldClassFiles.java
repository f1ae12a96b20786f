import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step, run by {@code package} on the runnable jar: rewrites class files older than Java 6
 * (version 50) as Java 8 class files with stack map frames, in place.
 *
 * <p>Why: picocli ships Java 5 class files, and the JVM's class archives (AppCDS, the AOT cache)
 * skip classes of that age, so the launcher loaded and verified all of picocli (some 170 classes)
 * from the jar on every run. Rewritten, they are archived with the rest. The code is not changed:
 * only the version number, and the frames a newer class file must carry, computed by ASM.
 *
 * <p>Every entry is written with the time given (the build's {@code project.build.outputTimestamp}):
 * the shrinker before this step stamps its output with the current time, and two builds of the same
 * sources must give the same jar (the launcher keys its archive on it; the build is reproducible).
 *
 * <p>Usage: {@code java -cp asm.jar UpgradeOldClassFiles.java JAR TIMESTAMP}, TIMESTAMP an ISO-8601
 * instant such as {@code 2026-12-04T00:00:00Z}
 */
public final class UpgradeOldClassFiles {
    private static final int JAVA_6 = 50;

    private UpgradeOldClassFiles() {}

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        // Stored as the zip's local date and time, so the bytes do not depend on the build's time zone.
        LocalDateTime entryTime = LocalDateTime.ofInstant(Instant.parse(args[1]), ZoneOffset.UTC);
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".upgrading");
        int upgraded = 0;
        // Frames need the common superclass of two types: found by loading them from the jar itself.
        try (URLClassLoader classes =
                        new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
                ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rewritten))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().endsWith(".class") && classVersion(bytes) < JAVA_6) {
                    bytes = upgrade(bytes, classes);
                    upgraded++;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(entryTime);
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("UpgradeOldClassFiles: " + upgraded + " class files in " + jar + " rewritten as Java 8");
    }

    /** The major version: bytes 6-7 of a class file. */
    private static int classVersion(byte[] bytes) {
        return bytes.length < 8 ? Integer.MAX_VALUE : ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
    }

    private static byte[] upgrade(byte[] bytes, ClassLoader classes) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return classes;
            }
        };
        ClassVisitor java8 = new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(
                    int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        };
        new ClassReader(bytes).accept(java8, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
