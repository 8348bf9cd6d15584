package org.cxloop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the module shape: cx-core ← cx-journey, cx-survey ← cx-metrics ← cx-web, and internals stay internal. */
class ArchitectureTests {

    static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cxloop");
    }

    @Test
    void coreKnowsNoOtherModule() {
        noClasses().that().resideInAPackage("org.cxloop.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.cxloop.journey..", "org.cxloop.survey..", "org.cxloop.metrics..", "org.cxloop.web..",
                        "org.cxloop.demo..")
                .check(classes);
    }

    @Test
    void coreTouchesNoWebMailOrTemplates() {
        noClasses().that().resideInAPackage("org.cxloop.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web..", "jakarta.servlet..", "org.thymeleaf..",
                        "org.springframework.mail..", "jakarta.mail..")
                .check(classes);
    }

    @Test
    void journeyAndSurveyDependOnlyOnCore() {
        noClasses().that().resideInAPackage("org.cxloop.journey..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.cxloop.survey..", "org.cxloop.metrics..", "org.cxloop.web..", "org.cxloop.demo..")
                .check(classes);
        noClasses().that().resideInAPackage("org.cxloop.survey..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.cxloop.journey..", "org.cxloop.metrics..", "org.cxloop.web..", "org.cxloop.demo..")
                .check(classes);
    }

    @Test
    void metricsKnowsNothingOfTheWeb() {
        noClasses().that().resideInAPackage("org.cxloop.metrics..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cxloop.web..", "org.cxloop.demo..")
                .check(classes);
    }

    @Test
    void domainModulesServeNoPages() {
        noClasses().that().resideInAnyPackage("org.cxloop.journey..", "org.cxloop.survey..", "org.cxloop.metrics..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web.servlet..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void onlyTheSurveyMailUsesTemplatesOutsideTheWebModule() {
        noClasses().that().resideInAnyPackage("org.cxloop.journey..", "org.cxloop.metrics..")
                .or().resideInAPackage("org.cxloop.survey..").and().resideOutsideOfPackage("org.cxloop.survey.mail..")
                .should().dependOnClassesThat().resideInAPackage("org.thymeleaf..")
                .check(classes);
    }

    @Test
    void noModuleReachesIntoAnotherModulesInternals() {
        noClasses().should(reachIntoAnotherModulesInternals()).check(classes);
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching("org.cxloop.(*)..").should().beFreeOfCycles().check(classes);
    }

    private static ArchCondition<JavaClass> reachIntoAnotherModulesInternals() {
        return new ArchCondition<>("depend on another module's internal package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                var ownModule = moduleOf(origin.getPackageName());
                for (var dependency : origin.getDirectDependenciesFromSelf()) {
                    var target = dependency.getTargetClass().getPackageName();
                    if (target.startsWith("org.cxloop.") && target.contains(".internal")
                            && !moduleOf(target).equals(ownModule)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String moduleOf(String packageName) {
        var parts = packageName.split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }
}
