package dev.ec2lite;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of DESIGN.md, checked on the compiled classes: each package uses only those below it. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.ec2lite");
    }

    @Test
    void credentialsAndErrorsDependOnNothingElseOfOurs() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.ec2lite.credentials..", "dev.ec2lite.error..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.ec2lite.signing..",
                        "dev.ec2lite.xml..",
                        "dev.ec2lite.http..",
                        "dev.ec2lite.retry..",
                        "dev.ec2lite.query..",
                        "dev.ec2lite.config..",
                        "dev.ec2lite.providers..",
                        "dev.ec2lite.local..",
                        "dev.ec2lite.cli..",
                        "okhttp3..",
                        "com.fasterxml..")
                .check(classes);
    }

    @Test
    void onlyTheXmlPackageReadsXmlThroughJackson() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.ec2lite.xml..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.fasterxml.jackson.dataformat.xml..", "org.codehaus.stax2..")
                .check(classes);
    }

    @Test
    void theSignerIsPureOfIoLibraries() {
        noClasses()
                .that()
                .resideInAPackage("dev.ec2lite.signing..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "okhttp3..",
                        "okio..",
                        "com.fasterxml..",
                        "dev.ec2lite.xml..",
                        "dev.ec2lite.http..",
                        "dev.ec2lite.query..",
                        "dev.ec2lite.retry..",
                        "dev.ec2lite.providers..",
                        "dev.ec2lite.cli..")
                .check(classes);
    }

    @Test
    void onlyOneClassNamesBouncyCastle() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("dev.ec2lite.signing.BouncyCastleCrypto")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.bouncycastle..")
                .check(classes);
    }

    @Test
    void retryLogicKnowsNoHttpOrXml() {
        noClasses()
                .that()
                .resideInAPackage("dev.ec2lite.retry..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "okhttp3..",
                        "com.fasterxml..",
                        "dev.ec2lite.http..",
                        "dev.ec2lite.xml..",
                        "dev.ec2lite.query..")
                .check(classes);
    }

    @Test
    void lowerLayersNeverReachUpToTheClientOrTheCommandLine() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.ec2lite.signing..",
                        "dev.ec2lite.xml..",
                        "dev.ec2lite.http..",
                        "dev.ec2lite.retry..",
                        "dev.ec2lite.query..",
                        "dev.ec2lite.config..",
                        "dev.ec2lite.providers..",
                        "dev.ec2lite.local..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.ec2lite", "dev.ec2lite.cli..")
                .check(classes);
    }

    @Test
    void theEmbeddedEndpointUsesNoClientMachinery() {
        noClasses()
                .that()
                .resideInAPackage("dev.ec2lite.local..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("okhttp3..", "dev.ec2lite.http..", "dev.ec2lite.retry..", "dev.ec2lite.providers..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineUsesPicocli() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.ec2lite.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("picocli..")
                .check(classes);
    }
}
