package io.mtlbalance.reports;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses REPORTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.mtlbalance.reports");

    @Test
    void reportsUseNoDjlClass() {
        noClasses().should().dependOnClassesThat().resideInAPackage("ai.djl..")
                .because("reports read run records from files and must build without any engine")
                .check(REPORTS);
    }

    @Test
    void subpackagesFreeOfCycles() {
        slices().matching("io.mtlbalance.reports.(*)..").should().beFreeOfCycles().check(REPORTS);
    }

    @Test
    void subpackagesIgnoreTheEntryPoint() {
        noClasses().that().resideOutsideOfPackage("io.mtlbalance.reports")
                .should().dependOnClassesThat().resideInAPackage("io.mtlbalance.reports")
                .because("ReportGenerator assembles the subpackages, so they must not depend back on it")
                .check(REPORTS);
    }

    @Test
    void noStandardStreamsOrJulLogging() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(REPORTS);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(REPORTS);
    }
}
