package dev.ec2lite.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.testing.ChildRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script that {@code package} writes beside the runnable jar, run as a user runs it:
 * from an install folder it never writes to, with its archive in the user's cache folder, trained once
 * per jar and Java runtime, and not at all when no cache can be written. Every run is bounded.
 */
class LauncherIT {
    private static final long RUN_LIMIT_SECONDS = 240;

    @TempDir
    Path dir;

    private Path install;
    private Path home;

    @BeforeEach
    void install() throws IOException {
        Path target = Path.of(System.getProperty("ec2lite.target", "target"));
        install = Files.createDirectories(dir.resolve("opt/ec2lite"));
        Files.copy(target.resolve("ec2lite"), install.resolve("ec2lite"));
        Files.copy(target.resolve("ec2lite.jar"), install.resolve("ec2lite.jar"));
        home = Files.createDirectories(dir.resolve("home"));
    }

    private ChildRun launch(Map<String, String> extraEnv, String... args) throws Exception {
        List<String> command =
                new ArrayList<>(List.of("sh", install.resolve("ec2lite").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet()
                .removeIf(name -> name.startsWith("AWS_") || name.startsWith("XDG_") || name.startsWith("EC2LITE_"));
        env.put("HOME", home.toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("EC2LITE_LAUNCHER_DEBUG", "1");
        env.putAll(extraEnv);
        return ChildRun.run(builder, dir, RUN_LIMIT_SECONDS);
    }

    private List<Path> archivesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("ec2lite-\\d+-\\d+\\.(jsa|aot)"))
                    .toList();
        }
    }

    @Test
    void trainsOnceIntoTheUsersCacheThenUsesTheArchive() throws Exception {
        ChildRun first = launch(Map.of(), "--version");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().startsWith("ec2lite "), first.out());
        assertTrue(first.err().contains("training"), first.err());
        Path cache = home.resolve(".cache/ec2lite");
        assertEquals(1, archivesIn(cache).size(), "one archive in " + cache);
        try (Stream<Path> files = Files.list(install)) {
            assertEquals(2, files.count(), "nothing written beside the jar");
        }

        ChildRun second = launch(Map.of(), "--version");
        assertEquals(0, second.exitCode(), second.err());
        assertEquals(first.out(), second.out());
        assertFalse(second.err().contains("training"), second.err());
        assertTrue(second.err().contains("using " + archivesIn(cache).get(0)), second.err());
    }

    @Test
    void xdgCacheHomeIsWhereTheArchiveGoes() throws Exception {
        Path xdg = dir.resolve("xdg");
        ChildRun run = launch(Map.of("XDG_CACHE_HOME", xdg.toString()), "--version");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, archivesIn(xdg.resolve("ec2lite")).size());
        assertTrue(archivesIn(home.resolve(".cache/ec2lite")).isEmpty());
    }

    @Test
    void withNoWritableCacheItRunsWithoutAnArchiveAndNeverTrains() throws Exception {
        // A cache folder below a regular file cannot be made, whoever runs the test (root included).
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Map<String, String> env =
                Map.of("XDG_CACHE_HOME", blocker.resolve("cache").toString());
        for (int i = 0; i < 2; i++) {
            ChildRun run = launch(env, "--version");
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().startsWith("ec2lite "), run.out());
            assertTrue(run.err().contains("running without an archive"), run.err());
            assertFalse(run.err().contains("training"), run.err());
        }
    }

    @Test
    void aRememberedTrainingFailureIsNotRetried() throws Exception {
        launch(Map.of(), "--version");
        Path cache = home.resolve(".cache/ec2lite");
        Path archive = archivesIn(cache).get(0);
        Files.delete(archive);
        Files.writeString(cache.resolve(archive.getFileName() + ".failed"), "");
        ChildRun run = launch(Map.of(), "--version");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("training failed before"), run.err());
        assertTrue(archivesIn(cache).isEmpty());
    }

    @Test
    void aNewJarGetsAnArchiveOfItsOwn() throws Exception {
        launch(Map.of(), "--version");
        Path jar = install.resolve("ec2lite.jar");
        // Same classes, different bytes: one more entry changes the content key.
        Path changed = dir.resolve("changed.jar");
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(jar));
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(changed))) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new java.util.zip.ZipEntry("launcher-test.txt"));
            out.write('x');
            out.closeEntry();
        }
        Files.move(changed, jar, StandardCopyOption.REPLACE_EXISTING);
        ChildRun run = launch(Map.of(), "--version");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("training"), run.err());
        assertEquals(2, archivesIn(home.resolve(".cache/ec2lite")).size());
    }

    @Test
    void argumentsOutputAndExitCodesAreThoseOfTheJar() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("EC2LITE_NO_ARCHIVE", "1");
        ChildRun bad = launch(env, "detach-network-interface");
        assertEquals(252, bad.exitCode(), bad.err());
        assertTrue(bad.err().contains("--attachment-id"), bad.err());
    }
}
