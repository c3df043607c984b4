package io.cadre.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.cadre.ladder.api.LadderEvent;
import io.cadre.org.api.OrgEvent;
import io.cadre.shared.SentBy;
import io.cadre.support.CommandTypes;
import io.cadre.pipeline.api.CandidateEvent;
import io.cadre.pipeline.api.PositionEvent;
import io.cadre.pipeline.api.PromotionEvent;
import io.cadre.pipeline.api.CalibrationEvent;
import java.util.Arrays;
import java.util.Set;
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

    /** Features depend one way: org <- ladder <- pipeline, planning; audit, reports and demo read everyone, nobody reads them. */
    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices().matching("io.cadre.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theOrganisationKnowsNoFeatureDownstream = noClasses().that().resideInAPackage("io.cadre.org..")
            .should().dependOnClassesThat().resideInAnyPackage("io.cadre.ladder..", "io.cadre.pipeline..", "io.cadre.planning..",
                    "io.cadre.audit..", "io.cadre.reports..", "io.cadre.imports..", "io.cadre.access..", "io.cadre.demo..");

    @ArchTest
    static final ArchRule laddersKnowNoFeatureDownstream = noClasses().that().resideInAPackage("io.cadre.ladder..")
            .should().dependOnClassesThat().resideInAnyPackage("io.cadre.pipeline..", "io.cadre.planning..", "io.cadre.audit..",
                    "io.cadre.reports..", "io.cadre.imports..", "io.cadre.access..", "io.cadre.demo..");

    @ArchTest
    static final ArchRule nobodyReadsTheReadersOfEveryone = noClasses().that().resideOutsideOfPackages("io.cadre.audit..",
                    "io.cadre.reports..", "io.cadre.demo..")
            .should().dependOnClassesThat().resideInAnyPackage("io.cadre.audit..", "io.cadre.reports..", "io.cadre.demo..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("io.cadre.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule everyEventCarriesARevision = classes().that().implement(OrgEvent.class)
            .or().implement(LadderEvent.class)
            .or().implement(PositionEvent.class)
            .or().implement(CandidateEvent.class)
            .or().implement(PromotionEvent.class)
            .or().implement(CalibrationEvent.class)
            .should().beAnnotatedWith(Revision.class);

    @ArchTest
    static final ArchRule controllersAndViewsNeverTouchTheCommandSide = noClasses()
            .that().resideInAnyPackage("..web..", "..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("io.cadre.*.command..");

    /**
     * Every command says who may send it: the command bus refuses a command without {@link SentBy}, so one
     * without it could never be sent. Commands are what a {@code @CommandHandler} takes, and every class
     * that names its aggregate with {@code @TargetAggregateIdentifier}.
     */
    @ArchTest
    void everyCommandSaysWhoMaySendIt(JavaClasses classes) {
        Set<JavaClass> commands = CommandTypes.in(classes);
        assertThat(commands).extracting(JavaClass::getSimpleName).contains("FormTeam", "ChangeManager", "EndTeam", "CreateLadder");
        classes().that(DescribedPredicate.describe("are commands", commands::contains))
                .should().beAnnotatedWith(SentBy.class)
                .check(classes);
    }
}
