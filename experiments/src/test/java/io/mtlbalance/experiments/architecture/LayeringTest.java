package io.mtlbalance.experiments.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module layering: core at the bottom, experiments at the top, engines kept to one module. */
@AnalyzeClasses(packages = "io.mtlbalance", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule coreDependsOnNoOtherModule = noClasses()
            .that().resideInAPackage("io.mtlbalance.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.mtlbalance.engines..", "io.mtlbalance.datasets..", "io.mtlbalance.reports..",
                    "io.mtlbalance.experiments..")
            .because("core is the vocabulary every other module builds on");

    @ArchTest
    static final ArchRule onlyEnginesUseEnginePackages = noClasses()
            .that().resideOutsideOfPackage("io.mtlbalance.engines..")
            .should().dependOnClassesThat().resideInAnyPackage("ai.djl.pytorch..", "ai.djl.mxnet..")
            .because("engine quirks belong to the engine adapters, so no other code branches on the engine");

    @ArchTest
    static final ArchRule reportsUseNoDjl = noClasses()
            .that().resideInAPackage("io.mtlbalance.reports..")
            .should().dependOnClassesThat().resideInAPackage("ai.djl..")
            .because("reports read run records from files and must work without an engine");

    @ArchTest
    static final ArchRule datasetsDependOnCoreOnly = noClasses()
            .that().resideInAPackage("io.mtlbalance.datasets..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.mtlbalance.engines..", "io.mtlbalance.reports..", "io.mtlbalance.experiments..")
            .because("datasets may depend on core only");

    @ArchTest
    static final ArchRule enginesDependOnCoreOnly = noClasses()
            .that().resideInAPackage("io.mtlbalance.engines..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.mtlbalance.datasets..", "io.mtlbalance.reports..", "io.mtlbalance.experiments..")
            .because("engines may depend on core only");

    @ArchTest
    static final ArchRule reportsDependOnNoOtherModule = noClasses()
            .that().resideInAPackage("io.mtlbalance.reports..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.mtlbalance.engines..", "io.mtlbalance.datasets..", "io.mtlbalance.experiments..")
            .because("reports read records only");

    @ArchTest
    static final ArchRule nothingDependsOnExperiments = noClasses()
            .that().resideOutsideOfPackage("io.mtlbalance.experiments..")
            .should().dependOnClassesThat().resideInAPackage("io.mtlbalance.experiments..")
            .because("experiments is the top of the stack");

    @ArchTest
    static final ArchRule noPackageCycles = slices()
            .matching("io.mtlbalance.(**)")
            .should().beFreeOfCycles()
            .because("a cycle would tie modules or packages that must change independently");
}
