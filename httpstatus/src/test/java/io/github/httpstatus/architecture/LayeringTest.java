package io.github.httpstatus.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

/**
 * The packages of the core stand on floors: the model at the bottom, the helpers that decide
 * (redirect, retry, rest, conformance, search) on it and on nothing else of ours, the JDK client on
 * the two helpers it applies, and the CLI on top. A package that reached sideways or down-up would
 * drag its neighbours into every user's picture of it.
 */
@AnalyzeClasses(packages = "io.github.httpstatus", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule packagesStandOnTheirFloors = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            // A floor may be empty while a capability is being built.
            .withOptionalLayers(true)
            .layer("model").definedBy("io.github.httpstatus")
            .layer("internal").definedBy("io.github.httpstatus.internal..")
            .layer("redirect").definedBy("io.github.httpstatus.redirect..")
            .layer("retry").definedBy("io.github.httpstatus.retry..")
            .layer("rest").definedBy("io.github.httpstatus.rest..")
            .layer("conformance").definedBy("io.github.httpstatus.conformance..")
            .layer("search").definedBy("io.github.httpstatus.search..")
            .layer("client").definedBy("io.github.httpstatus.client..")
            .layer("cli").definedBy("io.github.httpstatus.cli..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("client").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("redirect").mayOnlyBeAccessedByLayers("client", "cli")
            .whereLayer("retry").mayOnlyBeAccessedByLayers("client", "cli")
            .whereLayer("rest").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("conformance").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("search").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("internal").mayOnlyBeAccessedByLayers("model", "redirect", "retry", "rest", "conformance",
                    "search", "client", "cli");

    @ArchTest
    static final ArchRule internalHelpersKnowNothingOfTheModel = ArchRuleDefinition
            .noClasses().that().resideInAPackage("io.github.httpstatus.internal..")
            .should().dependOnClassesThat().resideInAPackage("io.github.httpstatus");

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("io.github.httpstatus.(*)..").should().beFreeOfCycles();
}
