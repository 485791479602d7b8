package io.github.httpstatus.assertj;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The assertions sit on top of the core and use only what it exports: they judge with the model, the
 * conformance check and the redirect resolver (a redirect target is the Location resolved as a
 * client following it would resolve it). In a modular application the assertions are on the class
 * path, where the core's unexported packages cannot be read.
 */
@AnalyzeClasses(packages = "io.github.httpstatus.assertj", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule assertionsUseOnlyTheModelConformanceAndRedirects = classes()
            .that().resideInAPackage("io.github.httpstatus.assertj")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "io.github.httpstatus", "io.github.httpstatus.assertj", "io.github.httpstatus.conformance",
                    "io.github.httpstatus.redirect",
                    "org.assertj..", "java..");
}
