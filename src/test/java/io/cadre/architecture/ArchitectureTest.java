package io.cadre.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.cadre.ladder.api.LadderEvent;
import io.cadre.org.api.OrgEvent;
import io.cadre.pipeline.api.CandidateEvent;
import io.cadre.pipeline.api.PositionEvent;
import java.util.Arrays;
import org.axonframework.serialization.Revision;

/** The package structure stays the one the README describes. */
@AnalyzeClasses(packages = "io.cadre", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = {"org", "access", "demo", "imports", "ladder", "pipeline", "planning", "audit", "reports"};

    /** A feature reaches another feature only through that feature's api package. */
    @ArchTest
    void featuresMeetOnlyThroughTheirApi(JavaClasses classes) {
        for (String feature : FEATURES) {
            String base = "io.cadre." + feature;
            noClasses().that().resideOutsideOfPackage(base + "..")
                    .should().dependOnClassesThat(resideInAPackage(base + "..").and(not(resideInAPackage(base + ".api"))))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @ArchTest
    static final ArchRule sharedDependsOnNothingElseOfCadre = noClasses().that().resideInAPackage("io.cadre.shared..")
            .should().dependOnClassesThat().resideInAnyPackage("io.cadre.platform..", "io.cadre.org..", "io.cadre.access..", "io.cadre.demo..", "io.cadre.imports..");

    /** The pipeline builds on the organisation and the ladders; they, and what runs them, never know it. */
    @ArchTest
    static final ArchRule nothingUpstreamKnowsThePipeline = noClasses().that().resideInAnyPackage("io.cadre.org..", "io.cadre.ladder..",
                    "io.cadre.shared..", "io.cadre.platform..", "io.cadre.access..", "io.cadre.imports..")
            .should().dependOnClassesThat().resideInAPackage("io.cadre.pipeline..");

    @ArchTest
    static final ArchRule platformDependsOnNoFeature = noClasses().that().resideInAPackage("io.cadre.platform..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    Arrays.stream(FEATURES).map(f -> "io.cadre." + f + "..").toArray(String[]::new));

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("io.cadre.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule everyEventCarriesARevision = classes().that().implement(OrgEvent.class)
            .or().implement(LadderEvent.class)
            .or().implement(PositionEvent.class)
            .or().implement(CandidateEvent.class)
            .should().beAnnotatedWith(Revision.class);

    @ArchTest
    static final ArchRule controllersAndViewsNeverTouchTheCommandSide = noClasses()
            .that().resideInAnyPackage("..web..", "..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("io.cadre.*.command..");
}
