package dev.ec2lite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per line-level rule of the shared config and credentials files, on real files. */
class ProfileFileTest {
    private static final String KEY_ID = "AKIDEXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    @TempDir
    Path dir;

    private ProfileFile config(String... lines) throws IOException {
        return ProfileFile.read(write("config", lines), null);
    }

    private ProfileFile credentials(String... lines) throws IOException {
        return ProfileFile.read(null, write("credentials", lines));
    }

    private Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static String property(ProfileFile file, String profile, String key) {
        return file.profile(profile).orElseThrow().property(key).orElseThrow();
    }

    @Test
    void configFileProfilesAreWrittenWithTheProfilePrefix() throws IOException {
        ProfileFile file = config("[profile dev]", "region = eu-west-3");

        assertEquals("eu-west-3", property(file, "dev", "region"));
        assertEquals(Set.of("dev"), file.profileNames());
    }

    @Test
    void configFileDefaultProfileMayOmitThePrefix() throws IOException {
        ProfileFile file = config("[default]", "region = us-east-1");

        assertEquals("us-east-1", property(file, "default", "region"));
    }

    @Test
    void configFileSectionWithoutProfilePrefixIsSkippedWithAWarning() throws IOException {
        ProfileFile file = config("[dev]", "region = eu-west-3", "[profile ok]", "region = us-east-1");

        assertEquals(Set.of("ok"), file.profileNames());
        assertEquals(1, file.warnings().size());
        assertTrue(file.warnings().get(0).contains("line 1"), file.warnings().get(0));
    }

    @Test
    void profileDefaultWinsOverDefaultWhenDefaultComesFirst() throws IOException {
        ProfileFile file = config("[default]", "region = a", "output = json", "[profile default]", "region = b");

        Profile profile = file.profile("default").orElseThrow();
        assertEquals(Optional.of("b"), profile.region());
        assertEquals(Optional.empty(), profile.property("output"));
    }

    @Test
    void profileDefaultWinsOverDefaultWhenDefaultComesLast() throws IOException {
        ProfileFile file = config("[profile default]", "region = b", "[default]", "region = a", "output = json");

        Profile profile = file.profile("default").orElseThrow();
        assertEquals(Optional.of("b"), profile.region());
        assertEquals(Optional.empty(), profile.property("output"));
        assertEquals(1, file.warnings().size());
    }

    @Test
    void credentialsFileSectionsAreBareProfileNames() throws IOException {
        ProfileFile file = credentials("[dev]", "aws_access_key_id = " + KEY_ID);

        assertEquals(KEY_ID, property(file, "dev", "aws_access_key_id"));
    }

    @Test
    void credentialsFileSectionWithProfilePrefixIsNotThatProfile() throws IOException {
        // The Java SDK's rule: "profile dev" contains a space, so it is an invalid name and skipped.
        ProfileFile file = credentials("[profile dev]", "aws_access_key_id = " + KEY_ID);

        assertEquals(Set.of(), file.profileNames());
        assertEquals(1, file.warnings().size());
    }

    @Test
    void credentialsFileValuesOverrideConfigFileValuesForTheSameProfile() throws IOException {
        Path config = write("config", "[profile dev]", "region = eu-west-3", "aws_access_key_id = FROMCONFIG");
        Path credentials = write("credentials", "[dev]", "aws_access_key_id = " + KEY_ID);

        Profile profile = ProfileFile.read(config, credentials).profile("dev").orElseThrow();

        assertEquals(Optional.of(KEY_ID), profile.accessKeyId());
        assertEquals(Optional.of("eu-west-3"), profile.region());
    }

    @Test
    void profileNamesListConfigProfilesThenCredentialsOnlyProfiles() throws IOException {
        Path config = write("config", "[profile b]", "[default]");
        Path credentials = write("credentials", "[a]", "[b]");

        assertEquals(
                List.of("b", "default", "a"),
                List.copyOf(ProfileFile.read(config, credentials).profileNames()));
    }

    @Test
    void linesStartingWithHashOrSemicolonAreComments() throws IOException {
        ProfileFile file =
                config("# a comment", "; another", "[default]", "#region = x", ";region = y", "output = json");

        assertEquals(Set.of("output"), file.profile("default").orElseThrow().propertyNames());
    }

    @Test
    void inlineCommentAfterWhitespaceIsRemoved() throws IOException {
        ProfileFile file = config("[default]", "region = us-east-1 ;comment", "output = json\t# comment");

        assertEquals("us-east-1", property(file, "default", "region"));
        assertEquals("json", property(file, "default", "output"));
    }

    @Test
    void commentCharacterWithoutWhitespaceBeforeItIsPartOfTheValue() throws IOException {
        ProfileFile file = config("[default]", "key = val;ue", "other = a#b");

        assertEquals("val;ue", property(file, "default", "key"));
        assertEquals("a#b", property(file, "default", "other"));
    }

    @Test
    void sectionHeaderCommentNeedsNoWhitespace() throws IOException {
        ProfileFile file = config("[profile dev];comment", "region = eu-west-3");

        assertEquals("eu-west-3", property(file, "dev", "region"));
    }

    @Test
    void whitespaceAroundNamesAndValuesIsTrimmed() throws IOException {
        ProfileFile file = config("[ profile \t dev ]  ", "region\t=   eu-west-3   ");

        assertEquals("eu-west-3", property(file, "dev", "region"));
    }

    @Test
    void indentedSectionHeaderIsAContinuationLineNotAHeader() throws IOException {
        // As in the SDKs: only column one decides what a line is.
        Path config = write("config", "  [default]", "region = a");

        ProfileFormatException e = assertThrows(ProfileFormatException.class, () -> ProfileFile.read(config, null));
        assertEquals(1, e.line());
    }

    @Test
    void valueMayContainEqualsSigns() throws IOException {
        ProfileFile file = credentials("[default]", "aws_session_token = abc==");

        assertEquals("abc==", property(file, "default", "aws_session_token"));
    }

    @Test
    void emptyValueIsKeptAsEmpty() throws IOException {
        ProfileFile file = config("[default]", "region =");

        assertEquals("", property(file, "default", "region"));
    }

    @Test
    void keysKeepTheirCaseAndLookupsAreExact() throws IOException {
        ProfileFile file = config("[default]", "Region = eu-west-3");

        Profile profile = file.profile("default").orElseThrow();
        assertEquals(Set.of("Region"), profile.propertyNames());
        assertEquals(Optional.empty(), profile.region());
        assertEquals(Optional.of("eu-west-3"), profile.property("Region"));
    }

    @Test
    void profileNamesAreCaseSensitive() throws IOException {
        ProfileFile file = config("[profile Dev]", "region = eu-west-3");

        assertTrue(file.profile("Dev").isPresent());
        assertFalse(file.profile("dev").isPresent());
    }

    @Test
    void indentedLineContinuesThePreviousValue() throws IOException {
        ProfileFile file = config("[default]", "key = first", "  second", "\tthird ; kept");

        assertEquals("first\nsecond\nthird ; kept", property(file, "default", "key"));
    }

    @Test
    void subPropertiesAreReadFromAnEmptyParentValue() throws IOException {
        ProfileFile file = config("[default]", "s3 =", "  max_concurrent_requests = 20", "  addressing_style = path");

        Profile profile = file.profile("default").orElseThrow();
        assertEquals(Optional.of("20"), profile.subProperty("s3", "max_concurrent_requests"));
        assertEquals(Optional.of("path"), profile.subProperty("s3", "addressing_style"));
        assertEquals(Optional.empty(), profile.subProperty("s3", "missing"));
    }

    @Test
    void aValueWithTextOnItsFirstLineHasNoSubProperties() throws IOException {
        ProfileFile file = config("[default]", "key = text", "  inner = 1");

        assertEquals(Optional.empty(), file.profile("default").orElseThrow().subProperty("key", "inner"));
    }

    @Test
    void subPropertyLineWithoutEqualsIsAnError() throws IOException {
        Path config = write("config", "[default]", "s3 =", "  not a property");

        ProfileFormatException e = assertThrows(ProfileFormatException.class, () -> ProfileFile.read(config, null));
        assertEquals(3, e.line());
    }

    @Test
    void servicesSectionIsReadWithItsSubProperties() throws IOException {
        ProfileFile file = config(
                "[profile dev]",
                "services = local",
                "[services local]",
                "ec2 =",
                "  endpoint_url = http://localhost:4566");

        assertEquals(Optional.of("local"), file.profile("dev").orElseThrow().services());
        Section section = file.servicesSection("local").orElseThrow();
        assertEquals(Optional.of("http://localhost:4566"), section.subProperty("ec2", "endpoint_url"));
        assertFalse(file.profile("local").isPresent());
    }

    @Test
    void ssoSessionSectionIsKeptApartFromProfiles() throws IOException {
        ProfileFile file = config("[sso-session corp]", "sso_region = us-east-1");

        assertEquals(
                Optional.of("us-east-1"), file.ssoSession("corp").orElseThrow().property("sso_region"));
        assertEquals(Set.of(), file.profileNames());
    }

    @Test
    void sameProfileTwiceInOneFileIsMergedAndTheLaterValueWins() throws IOException {
        ProfileFile file = config("[profile dev]", "region = a", "output = json", "[profile dev]", "region = b");

        Profile profile = file.profile("dev").orElseThrow();
        assertEquals(Optional.of("b"), profile.region());
        assertEquals(Optional.of("json"), profile.property("output"));
    }

    @Test
    void duplicatePropertyKeepsTheLaterValueWithAWarning() throws IOException {
        ProfileFile file = config("[default]", "region = a", "region = b");

        assertEquals("b", property(file, "default", "region"));
        assertEquals(1, file.warnings().size());
    }

    @Test
    void profileNameWithSpaceIsSkippedWithItsPropertiesAndAWarning() throws IOException {
        ProfileFile file = config("[profile my dev]", "region = a", "  continued", "[profile ok]", "region = b");

        assertEquals(Set.of("ok"), file.profileNames());
        assertEquals(1, file.warnings().size());
        assertTrue(file.warnings().get(0).contains("line 1"));
    }

    @Test
    void profileNamesMayUseTheSdkSpecialCharacters() throws IOException {
        ProfileFile file = credentials("[a-b_c/d.e%f@g:h+i]", "region = a");

        assertEquals(Set.of("a-b_c/d.e%f@g:h+i"), file.profileNames());
    }

    @Test
    void propertyWithInvalidNameIsSkippedWithAWarning() throws IOException {
        ProfileFile file = config("[default]", "bad key = a", "  continued", "region = b");

        assertEquals(Set.of("region"), file.profile("default").orElseThrow().propertyNames());
        assertEquals(1, file.warnings().size());
    }

    @Test
    void sectionHeaderWithoutClosingBracketIsAnErrorNamingFileAndLine() throws IOException {
        Path config = write("config", "[default]", "region = a", "[profile dev");

        ProfileFormatException e = assertThrows(ProfileFormatException.class, () -> ProfileFile.read(config, null));
        assertEquals(3, e.line());
        assertTrue(e.file().contains(config.toString()), e.file());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void propertyBeforeAnySectionIsAnError() throws IOException {
        Path credentials = write("credentials", "aws_access_key_id = " + KEY_ID, "[default]");

        ProfileFormatException e =
                assertThrows(ProfileFormatException.class, () -> ProfileFile.read(null, credentials));
        assertEquals(1, e.line());
    }

    @Test
    void propertyLineWithoutEqualsIsAnErrorThatDoesNotEchoTheLine() throws IOException {
        Path credentials = write("credentials", "[default]", SECRET);

        ProfileFormatException e =
                assertThrows(ProfileFormatException.class, () -> ProfileFile.read(null, credentials));
        assertEquals(2, e.line());
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    }

    @Test
    void propertyWithoutNameIsAnError() throws IOException {
        Path config = write("config", "[default]", "= value");

        assertThrows(ProfileFormatException.class, () -> ProfileFile.read(config, null));
    }

    @Test
    void continuationWithoutAPropertyIsAnError() throws IOException {
        Path config = write("config", "[default]", "  orphan");

        ProfileFormatException e = assertThrows(ProfileFormatException.class, () -> ProfileFile.read(config, null));
        assertEquals(2, e.line());
    }

    @Test
    void propertiesOfASkippedSectionAreIgnoredNotErrors() throws IOException {
        ProfileFile file = config("[not-a-profile]", "garbage line without equals", "[default]", "region = a");

        assertEquals(Set.of("default"), file.profileNames());
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreAccepted() throws IOException {
        Path config = dir.resolve("config");
        Files.writeString(config, "\uFEFF[default]\r\nregion = eu-west-3\r\n", StandardCharsets.UTF_8);

        assertEquals("eu-west-3", property(ProfileFile.read(config, null), "default", "region"));
    }

    @Test
    void missingFilesGiveAnEmptyProfileFile() {
        ProfileFile file = ProfileFile.read(dir.resolve("no-config"), dir.resolve("no-credentials"));

        assertEquals(Set.of(), file.profileNames());
        assertEquals(List.of(), file.warnings());
    }

    @Test
    void aDirectoryInPlaceOfAFileIsIgnoredWithAWarning() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("config"));

        ProfileFile file = ProfileFile.read(folder, null);

        assertEquals(Set.of(), file.profileNames());
        assertEquals(1, file.warnings().size());
    }
}
