package dev.ec2lite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The public API, written down: every public and protected type and member of the packages {@code
 * module-info.java} exports, with its signature, compared with the committed {@value #API_FILE}. A
 * change to the API then shows up in review as a change to that file, never by accident.
 *
 * <p>After a deliberate change, regenerate the file: {@code mvn -B -q test -Dtest=ApiSurfaceTest
 * -Dec2lite.api.update=true}, and commit it with the change.
 */
class ApiSurfaceTest {
    static final String API_FILE = "src/test/resources/api/dev.ec2lite.api";
    static final String UPDATE_PROPERTY = "ec2lite.api.update";

    @Test
    void thePublicApiIsTheCommittedOne() throws IOException {
        Path classes = classesRoot();
        Map<String, List<String>> actual = ApiDump.of(exportedPackages(classes), classes);
        Path file = Path.of(System.getProperty("basedir", ".")).resolve(API_FILE);
        String text = ApiDump.format(actual);
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail(API_FILE + " is missing; create it with -D" + UPDATE_PROPERTY + "=true (see CONTRIBUTING.md)");
        }
        Map<String, List<String>> expected = ApiDump.parse(Files.readString(file, StandardCharsets.UTF_8));
        String diff = ApiDump.diff(expected, actual);
        if (!diff.isEmpty()) {
            fail("The public API differs from " + API_FILE + " ('-' only in the file, '+' only in the code)."
                    + " If the change is deliberate, run the test with -D" + UPDATE_PROPERTY
                    + "=true and commit the file.\n" + diff);
        }
    }

    @Test
    void theDumpSeesEveryExportedPackageAndNothingElse() throws IOException {
        Path classes = classesRoot();
        Set<String> exported = exportedPackages(classes);
        Map<String, List<String>> dump = ApiDump.of(exported, classes);

        Set<String> packagesInDump = new TreeSet<>();
        for (String type : dump.keySet()) {
            packagesInDump.add(type.substring(0, type.lastIndexOf('.')));
        }
        assertEquals(exported, packagesInDump, "every exported package has public types, and only those appear");
        assertTrue(exported.contains("dev.ec2lite"), exported.toString());
        assertTrue(dump.keySet().stream().noneMatch(type -> type.startsWith("dev.ec2lite.cli.")), "cli is internal");
        // A package-private type never appears, nor a public type nested in one.
        assertTrue(dump.keySet().stream().noneMatch(type -> type.equals("dev.ec2lite.providers.StsServiceException")));
        List<String> client = dump.get("dev.ec2lite.Ec2Client");
        assertTrue(client.get(0).startsWith("public final class dev.ec2lite.Ec2Client"), client.get(0));
        assertTrue(client.stream().anyMatch(line -> line.contains(" builder()")), client.toString());
    }

    @Test
    void theDiffNamesWhatWasAddedAndRemovedUnderItsType() {
        Map<String, List<String>> before = ApiDump.parse(String.join(
                "\n", "public class a.A", "  public void keep()", "  public void gone()", "public class a.Old", ""));
        Map<String, List<String>> after = ApiDump.parse(String.join(
                "\n", "public class a.A", "  public void keep()", "  public int added()", "public class a.New", ""));

        assertEquals(
                String.join(
                        "\n",
                        "  public class a.A",
                        "-   public void gone()",
                        "+   public int added()",
                        "+ public class a.New",
                        "- public class a.Old",
                        ""),
                ApiDump.diff(before, after));
        assertEquals("", ApiDump.diff(after, ApiDump.parse(ApiDump.format(after))));
    }

    /** The folder the main classes were compiled to. */
    private static Path classesRoot() {
        try {
            return Path.of(Ec2Client.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the compiled {@code module-info} exports to everyone (qualified exports are not public API). */
    private static Set<String> exportedPackages(Path classes) throws IOException {
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            Set<String> packages = new TreeSet<>();
            for (ModuleDescriptor.Exports export : ModuleDescriptor.read(in).exports()) {
                if (!export.isQualified()) {
                    packages.add(export.source());
                }
            }
            return packages;
        }
    }
}
