package io.kine.infra.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundaries of DESIGN.md, enforced on the compiled classes of all four modules. */
class ArchitectureTest {

    static JavaClasses kine;

    @BeforeAll
    static void importKine() {
        kine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.kine");
    }

    @Test
    void theCommandSideNeverSeesTheQuerySide() {
        noClasses().that().resideInAPackage("io.kine.command..")
                .should().dependOnClassesThat().resideInAnyPackage("io.kine.query..", "io.kine.infra..")
                .check(kine);
    }

    @Test
    void theQuerySideNeverSeesTheCommandSide() {
        noClasses().that().resideInAPackage("io.kine.query..")
                .should().dependOnClassesThat().resideInAnyPackage("io.kine.command..", "io.kine.infra..")
                .check(kine);
    }

    @Test
    void theSharedKernelDependsOnNeitherSpringNorAnyOtherModule() {
        noClasses().that().resideInAPackage("io.kine.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.kine.command..",
                        "io.kine.query..", "io.kine.infra..", "jakarta..", "com.fasterxml..")
                .check(kine);
    }

    @Test
    void theSharedKernelHoldsOnlyRecordsEnumsAndMessageContracts() {
        classes().that().resideInAPackage("io.kine.kernel..").and().areTopLevelClasses()
                .should().beRecords().orShould().beEnums().orShould().beInterfaces()
                .check(kine);
    }

    @Test
    void aggregatesNeverReachForSpringBeansOrTheDatabase() {
        noClasses().that().resideInAPackage("io.kine.command..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "javax.sql..",
                        "java.sql..", "org.springframework.web..")
                .check(kine);
    }

    @Test
    void featuresMeetOnlyThroughTheSharedKernel() {
        for (String feature : new String[] {"patients", "organization", "identity"}) {
            noClasses().that().resideInAPackage("io.kine.command." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(otherFeatures("io.kine.command.", feature))
                    .allowEmptyShould(true)
                    .check(kine);
        }
    }

    private static String[] otherFeatures(String prefix, String feature) {
        return java.util.stream.Stream.of("patients", "organization", "identity", "scheduling", "clinical", "billing")
                .filter(other -> !other.equals(feature)).map(other -> prefix + other + "..").toArray(String[]::new);
    }
}
