package jp.salonkarte;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
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

    /** DD038: every public method of every service is guarded, on the method or on its class. */
    @Test
    void everyPublicServiceMethodDeclaresWhoMayCallIt() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(org.springframework.stereotype.Service.class)
                .and().areDeclaredInClassesThat().arePublic()
                .and().arePublic().and().areNotStatic()
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>(
                        "be guarded by @PreAuthorize (an Access annotation) on the method or its class") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaMethod method,
                            com.tngtech.archunit.lang.ConditionEvents events) {
                        boolean guarded = method.isAnnotatedWith(PreAuthorize.class)
                                || method.isMetaAnnotatedWith(PreAuthorize.class)
                                || method.getOwner().isAnnotatedWith(PreAuthorize.class)
                                || method.getOwner().isMetaAnnotatedWith(PreAuthorize.class);
                        if (!guarded) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method,
                                    method.getFullName() + " says nobody who may call it"));
                        }
                    }
                })
                .check(classes);
    }

    /** DD038: staff work on their own store; only the public pages' store may be "the first one". */
    @Test
    void onlyThePublicPagesTakeTheFirstStore() {
        noClasses().that().doNotHaveFullyQualifiedName("jp.salonkarte.store.StoreService")
                .should().callMethod("jp.salonkarte.store.StoreRepository", "findFirst")
                .check(classes);
        methods().that().areDeclaredIn(jp.salonkarte.store.StoreService.class).and().haveName("currentStore")
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>(
                        "not read the first store row") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaMethod method,
                            com.tngtech.archunit.lang.ConditionEvents events) {
                        method.getMethodCallsFromSelf().stream()
                                .filter(c -> c.getTarget().getName().equals("findFirst"))
                                .forEach(c -> events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                                        method, c.getDescription())));
                    }
                })
                .check(classes);
    }
}
