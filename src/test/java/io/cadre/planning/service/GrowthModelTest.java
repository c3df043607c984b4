package io.cadre.planning.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadre.planning.api.GrowthInputs;
import io.cadre.planning.api.GrowthQuarter;
import io.cadre.planning.api.Period;
import io.cadre.planning.service.GrowthModel.Assumptions;
import io.cadre.planning.service.GrowthModel.Rung;
import io.cadre.planning.service.GrowthModel.Shape;
import io.cadre.shared.FieldError;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The growth model's arithmetic on orgs small enough to check by hand (the README's worked examples). */
class GrowthModelTest {

    private static final Period Q4 = Period.parse("quarter", "2026-Q4");
    private static final BigDecimal NONE = BigDecimal.ZERO;

    private static Assumptions hiring(int quarters, int hires, String attrition, String promotion, int span) {
        return new Assumptions(quarters, null, hires, new BigDecimal(attrition), new BigDecimal(promotion), span);
    }

    private static Assumptions toTarget(int quarters, int target, String attrition, int span) {
        return new Assumptions(quarters, target, null, new BigDecimal(attrition), NONE, span);
    }

    private static List<Rung> oneLevel(int people) {
        return List.of(new Rung("eng/mid", people, null, new BigDecimal("100")));
    }

    private static Shape today(int people) {
        return GrowthModel.shape(people, 5);
    }

    @Test
    void tenPeopleAtSpanFiveAreSevenIcsTwoManagersAndOneDirectorInThreeLayers() {
        assertThat(GrowthModel.shape(10, 5)).isEqualTo(new Shape(10, 7, 2, 1, 3));
    }

    @Test
    void smallOrgsHaveTheManagementTheirSpanNeeds() {
        assertThat(GrowthModel.shape(0, 5)).isEqualTo(new Shape(0, 0, 0, 0, 0));
        assertThat(GrowthModel.shape(1, 5)).isEqualTo(new Shape(1, 1, 0, 0, 1));
        assertThat(GrowthModel.shape(2, 5)).as("one IC and a manager").isEqualTo(new Shape(2, 1, 1, 0, 2));
        assertThat(GrowthModel.shape(6, 5)).as("five ICs and their manager").isEqualTo(new Shape(6, 5, 1, 0, 2));
        assertThat(GrowthModel.shape(7, 5)).as("the sixth IC would need two managers and a director: a manager ahead of need")
                .isEqualTo(new Shape(7, 5, 2, 0, 2));
        assertThat(GrowthModel.shape(31, 5)).as("25 ICs, 5 managers, 1 director").isEqualTo(new Shape(31, 25, 5, 1, 3));
        assertThat(GrowthModel.shape(31, 2)).as("16 ICs, tiers 8, 4, 2, 1").isEqualTo(new Shape(31, 16, 8, 7, 5));
    }

    @Test
    void aSpanOfOneIsRefused() {
        assertThatThrownBy(() -> GrowthModel.shape(10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hiring(4, 1, "0", "0", 1)).isInstanceOf(IllegalArgumentException.class);
        GrowthInputs inputs = new GrowthInputs(null, null, 4, null, 2, NONE, NONE, 1);
        assertThat(inputs.problems("")).extracting(FieldError::field).containsExactly("spanOfControl");
    }

    @Test
    void inputsNameEveryFieldThatIsWrong() {
        GrowthInputs inputs = new GrowthInputs(null, null, 41, 100, 5, new BigDecimal("1.5"), new BigDecimal("-0.1"), 5);
        assertThat(inputs.problems("")).extracting(FieldError::field)
                .containsExactly("quarters", "targetHeadcount", "hiresPerQuarter", "attritionPerYear", "promotionPerYear");
        assertThat(new GrowthInputs(null, null, 0, null, null, null, NONE, null).problems("inputs.")).extracting(FieldError::field)
                .containsExactly("inputs.quarters", "inputs.targetHeadcount", "inputs.hiresPerQuarter", "inputs.attritionPerYear",
                        "inputs.spanOfControl");
        assertThat(new GrowthInputs(null, null, 40, 0, null, BigDecimal.ONE, NONE, 2).problems("")).isEmpty();
    }

    @Test
    void withoutAttritionEveryHireAddsOnePersonAndTheirPay() {
        List<GrowthQuarter> rows = GrowthModel.run(Q4, today(10), oneLevel(10), hiring(2, 2, "0", "0", 5));
        assertThat(rows).extracting(GrowthQuarter::quarter).containsExactly("2026-Q4", "2027-Q1", "2027-Q2");
        assertThat(rows).extracting(GrowthQuarter::headcount).containsExactly(10, 12, 14);
        assertThat(rows).extracting(GrowthQuarter::leavers).containsExactly(0, 0, 0);
        assertThat(rows).extracting(GrowthQuarter::cost).containsExactly(new BigDecimal("1000"), new BigDecimal("1200"),
                new BigDecimal("1400"));
        // 12 people: 9 ICs, 2 managers, 1 director; 14 people: 10 ICs, 2 managers, 1 director and a manager hired ahead of need.
        assertThat(rows.get(1)).extracting(GrowthQuarter::ics, GrowthQuarter::managers, GrowthQuarter::directors, GrowthQuarter::layers)
                .containsExactly(9, 2, 1, 3);
        assertThat(rows.get(2)).extracting(GrowthQuarter::ics, GrowthQuarter::managers, GrowthQuarter::directors, GrowthQuarter::layers)
                .containsExactly(10, 3, 1, 3);
    }

    @Test
    void attritionTakesAQuarterOfTheYearlyRateRoundedHalfUp() {
        // 10 people x 0.4 / 4 = 1 leaver a quarter; one hire a quarter keeps the org at 10.
        List<GrowthQuarter> rows = GrowthModel.run(Q4, today(10), oneLevel(10), hiring(3, 1, "0.4", "0", 5));
        assertThat(rows).extracting(GrowthQuarter::leavers).containsExactly(0, 1, 1, 1);
        assertThat(rows).extracting(GrowthQuarter::headcount).containsExactly(10, 10, 10, 10);
        // 10 x 0.2 / 4 = 0.5, rounded half up to 1.
        assertThat(GrowthModel.share(10, new BigDecimal("0.2"))).isEqualTo(1);
        assertThat(GrowthModel.share(9, new BigDecimal("0.2"))).isEqualTo(0);
    }

    @Test
    void aTargetIsReachedOnAStraightLineWithHiresCoveringTheLeavers() {
        List<GrowthQuarter> rows = GrowthModel.run(Q4, today(10), oneLevel(10), toTarget(4, 20, "0", 5));
        // 10 + 10 x q / 4: 12.5 -> 13, 15, 17.5 -> 18, 20.
        assertThat(rows).extracting(GrowthQuarter::headcount).containsExactly(10, 13, 15, 18, 20);
        assertThat(rows).extracting(GrowthQuarter::hires).containsExactly(0, 3, 2, 3, 2);

        List<GrowthQuarter> leaving = GrowthModel.run(Q4, today(20), oneLevel(20), toTarget(2, 20, "0.4", 5));
        assertThat(leaving).as("2 leave each quarter and 2 are hired to stay at 20").extracting(GrowthQuarter::hires).containsExactly(0, 2, 2);
        assertThat(leaving).extracting(GrowthQuarter::headcount).containsExactly(20, 20, 20);
    }

    @Test
    void aTargetBelowTodayHiresNoOneAndTheOrgShrinksOnlyAsPeopleLeave() {
        List<GrowthQuarter> still = GrowthModel.run(Q4, today(10), oneLevel(10), toTarget(2, 5, "0", 5));
        assertThat(still).extracting(GrowthQuarter::headcount).containsExactly(10, 10, 10);
        assertThat(still).extracting(GrowthQuarter::hires).containsExactly(0, 0, 0);

        List<GrowthQuarter> leaving = GrowthModel.run(Q4, today(10), oneLevel(10), toTarget(2, 5, "0.4", 5));
        assertThat(leaving).extracting(GrowthQuarter::headcount).containsExactly(10, 9, 8);
        assertThat(leaving).extracting(GrowthQuarter::hires).containsExactly(0, 0, 0);
    }

    @Test
    void promotionsMoveAQuarterOfTheYearlyRateUpToTheNextLevel() {
        List<Rung> pyramid = List.of(new Rung("eng/junior", 8, "eng/mid", new BigDecimal("45000")),
                new Rung("eng/mid", 2, null, new BigDecimal("57500")));
        // 8 juniors x 0.5 / 4 = 1 promoted; the top of the track is promoted nowhere.
        List<GrowthQuarter> rows = GrowthModel.run(Q4, today(10), pyramid, hiring(1, 0, "0", "0.5", 5));
        assertThat(rows.get(1).pyramid()).containsExactly(new GrowthQuarter.LevelCount("eng/junior", 7),
                new GrowthQuarter.LevelCount("eng/mid", 3));
        assertThat(rows.get(1).promotions()).isEqualTo(1);
        assertThat(rows.get(0).cost()).isEqualTo(new BigDecimal("475000"));
        assertThat(rows.get(1).cost()).isEqualTo(new BigDecimal("487500"));
    }

    @Test
    void leaversAndHiresSpreadOverTheLevelsInProportionLargestRemainderFirst() {
        List<Rung> pyramid = List.of(new Rung("eng/junior", 6, null, null), new Rung("eng/mid", 4, null, null));
        // 1 leaver: 0.6 and 0.4 of a person, the junior level has the larger remainder; then 5 hires in today's 6:4 mix = 3 and 2.
        List<GrowthQuarter> rows = GrowthModel.run(Q4, today(10), pyramid, hiring(1, 5, "0.4", "0", 5));
        assertThat(rows.get(1).pyramid()).extracting(GrowthQuarter.LevelCount::count).containsExactly(5 + 3, 4 + 2);
        assertThat(rows.get(1).headcount()).isEqualTo(14);
        assertThat(GrowthModel.spread(3, new int[] {1, 1, 1, 1})).as("ties go to the more junior levels").containsExactly(1, 1, 1, 0);
    }

    @Test
    void everyQuartersPyramidAddsUpToItsHeadcount() {
        List<Rung> pyramid = List.of(new Rung("a/1", 37, "a/2", null), new Rung("a/2", 21, "a/3", null), new Rung("a/3", 9, null, null),
                new Rung("other", 3, null, null));
        GrowthModel.run(Q4, GrowthModel.shape(70, 6), pyramid, toTarget(12, 700, "0.15", 6)).forEach(q ->
                assertThat(q.pyramid().stream().mapToInt(GrowthQuarter.LevelCount::count).sum()).as(q.quarter()).isEqualTo(q.headcount()));
    }

    @Test
    void hiresIntoAnEmptyOrgJoinTheFirstLevel() {
        List<GrowthQuarter> rows = GrowthModel.run(Q4, GrowthModel.shape(0, 5), List.of(new Rung("(no level)", 0, null, null)),
                hiring(1, 3, "0", "0", 5));
        assertThat(rows.get(1).pyramid()).containsExactly(new GrowthQuarter.LevelCount("(no level)", 3));
        assertThat(rows.get(1)).extracting(GrowthQuarter::ics, GrowthQuarter::managers).containsExactly(2, 1);
    }
}
