package dev.ec2lite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the files are found, and which profile is selected, each source beating the next. */
class ProfileFileLocationTest {
    @TempDir
    Path home;

    private Path write(Path file, String... lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private Environment env(Map<String, String> variables, Map<String, String> properties) {
        return Environment.of(variables, properties, home);
    }

    private static Optional<String> region(ProfileFile file) {
        return file.profile("default").flatMap(Profile::region);
    }

    @Test
    void filesAreReadFromDotAwsInTheHomeDirectoryByDefault() throws IOException {
        write(home.resolve(".aws/config"), "[default]", "region = eu-west-3");
        write(home.resolve(".aws/credentials"), "[default]", "aws_access_key_id = AKIDEXAMPLE");

        ProfileFile file = ProfileFile.load(env(Map.of(), Map.of()));

        assertEquals(Optional.of("eu-west-3"), region(file));
        assertEquals(Optional.of("AKIDEXAMPLE"), file.profile("default").flatMap(Profile::accessKeyId));
    }

    @Test
    void awsConfigFileVariableReplacesTheDefaultConfigFile() throws IOException {
        write(home.resolve(".aws/config"), "[default]", "region = eu-west-3");
        Path other = write(home.resolve("elsewhere/config"), "[default]", "region = ap-south-1");

        ProfileFile file = ProfileFile.load(env(Map.of("AWS_CONFIG_FILE", other.toString()), Map.of()));

        assertEquals(Optional.of("ap-south-1"), region(file));
    }

    @Test
    void awsSharedCredentialsFileVariableReplacesTheDefaultCredentialsFile() throws IOException {
        write(home.resolve(".aws/credentials"), "[default]", "aws_access_key_id = AKIDDEFAULT");
        Path other = write(home.resolve("elsewhere/creds"), "[default]", "aws_access_key_id = AKIDEXAMPLE");

        ProfileFile file = ProfileFile.load(env(Map.of("AWS_SHARED_CREDENTIALS_FILE", other.toString()), Map.of()));

        assertEquals(Optional.of("AKIDEXAMPLE"), file.profile("default").flatMap(Profile::accessKeyId));
    }

    @Test
    void tildeInAConfiguredPathMeansTheInjectedHomeDirectory() throws IOException {
        write(home.resolve("custom/config"), "[default]", "region = sa-east-1");

        ProfileFile file = ProfileFile.load(env(Map.of("AWS_CONFIG_FILE", "~/custom/config"), Map.of()));

        assertEquals(Optional.of("sa-east-1"), region(file));
    }

    @Test
    void tildeIsExpandedOnlyAtTheStartFollowedByASeparator() {
        assertEquals(home, ProfileFile.expandHome("~", home));
        assertEquals(home.resolve("a/b"), ProfileFile.expandHome("~/a/b", home));
        assertEquals(Path.of("~other/config"), ProfileFile.expandHome("~other/config", home));
    }

    @Test
    void configFileSystemPropertyBeatsTheEnvironmentVariable() throws IOException {
        Path fromProperty = write(home.resolve("p/config"), "[default]", "region = eu-north-1");
        Path fromVariable = write(home.resolve("v/config"), "[default]", "region = eu-south-1");

        ProfileFile file = ProfileFile.load(env(
                Map.of("AWS_CONFIG_FILE", fromVariable.toString()), Map.of("aws.configFile", fromProperty.toString())));

        assertEquals(Optional.of("eu-north-1"), region(file));
    }

    @Test
    void missingHomeFilesGiveNoProfiles() {
        assertEquals(0, ProfileFile.load(env(Map.of(), Map.of())).profileNames().size());
    }

    @Test
    void explicitProfileNameBeatsSystemPropertyAndVariable() {
        Environment env = env(Map.of("AWS_PROFILE", "from-variable"), Map.of("aws.profile", "from-property"));

        assertEquals("explicit", ProfileFile.selectedProfileName(env, "explicit"));
    }

    @Test
    void awsProfileSystemPropertyBeatsTheVariable() {
        Environment env = env(Map.of("AWS_PROFILE", "from-variable"), Map.of("aws.profile", "from-property"));

        assertEquals("from-property", ProfileFile.selectedProfileName(env, null));
    }

    @Test
    void awsProfileVariableIsUsedWithoutTheSystemProperty() {
        Environment env = env(Map.of("AWS_PROFILE", "from-variable"), Map.of());

        assertEquals("from-variable", ProfileFile.selectedProfileName(env, null));
    }

    @Test
    void defaultProfileIsSelectedWhenNothingIsSet() {
        assertEquals("default", ProfileFile.selectedProfileName(env(Map.of(), Map.of()), null));
    }

    @Test
    void blankSettingsCountAsUnset() {
        Environment env = env(Map.of("AWS_PROFILE", " "), Map.of("aws.profile", ""));

        assertEquals("default", ProfileFile.selectedProfileName(env, ""));
    }
}
