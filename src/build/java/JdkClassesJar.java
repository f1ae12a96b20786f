import java.io.BufferedOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Build step, run by {@code package} before the runnable jar is shrunk: writes the class files of the
 * running JDK (every module of its run-time image, read through {@code jrt:/}) into one jar.
 *
 * <p>Why: the shrinker must see the JDK's classes to know which of the libraries' methods implement
 * or override them (a {@code Comparator.compare} reached only through the JDK must stay). It reads
 * jars and {@code jmods}, and not every JDK 17 install has {@code jmods} (Debian ships them in a
 * separate package); every JDK has its run-time image. Entries are deflated at level 0 (no
 * compression): the jar lives only in {@code target/build-tools}, and not compressing is what makes this
 * take seconds.
 *
 * <p>Usage: {@code java JdkClassesJar.java OUTPUT.jar}
 */
public final class JdkClassesJar {
    private JdkClassesJar() {}

    public static void main(String[] args) throws IOException {
        Path output = Path.of(args[0]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        int written = 0;
        try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(output)))) {
            out.setLevel(0);
            for (Path module : modules(jrt)) {
                try (Stream<Path> files = Files.walk(module)) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        String name = module.relativize(file).toString();
                        // A module descriptor is not a class the shrinker can use.
                        if (name.endsWith(".class") && !name.equals("module-info.class")) {
                            out.putNextEntry(new ZipEntry(name));
                            out.write(Files.readAllBytes(file));
                            out.closeEntry();
                            written++;
                        }
                    }
                }
            }
        }
        System.out.println(
                "JdkClassesJar: " + written + " classes of " + System.getProperty("java.home") + " in " + output);
    }

    /** The image's modules, sorted so that two runs write the same jar. */
    private static List<Path> modules(FileSystem jrt) throws IOException {
        List<Path> modules = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(jrt.getPath("/modules"))) {
            children.forEach(modules::add);
        }
        modules.sort(null);
        return modules;
    }
}
