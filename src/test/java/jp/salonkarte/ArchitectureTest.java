package jp.salonkarte;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.salonkarte");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("jp.salonkarte.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void viewsNeverTouchRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(classes);
    }

    @Test
    void theBasePackageDependsOnNoFeature() {
        noClasses().that().resideInAPackage("jp.salonkarte.base..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.salonkarte.store..", "jp.salonkarte.customer..",
                        "jp.salonkarte.security..", "jp.salonkarte.shell..", "jp.salonkarte.demo..")
                .check(classes);
    }
}
