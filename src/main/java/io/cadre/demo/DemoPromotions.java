package io.cadre.demo;

import io.cadre.ladder.api.Expectation;
import io.cadre.ladder.api.FindLadderByCode;
import io.cadre.ladder.api.GetGrowthPath;
import io.cadre.ladder.api.GrowthPath;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderDetails;
import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.GetPerson;
import io.cadre.org.api.OrgChart;
import io.cadre.org.api.PersonDetails;
import io.cadre.pipeline.api.DecidePromotion;
import io.cadre.pipeline.api.Evidence;
import io.cadre.pipeline.api.NominatePromotion;
import io.cadre.pipeline.api.OpenCalibration;
import io.cadre.pipeline.api.PromotionDecision;
import io.cadre.pipeline.api.Recommendation;
import io.cadre.pipeline.api.RecommendPromotion;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * One promotion cycle of the demo: six engineers nominated five weeks ago with evidence against their next level, five of
 * them calibrated in one session three weeks ago (recommendations changed once), two approved (their levels change ten
 * days ago), one denied, and the others still open; all through the same commands a user sends.
 */
final class DemoPromotions {

    private static final int NOMINEES = 6;

    private final Commands commands;
    private final Queries queries;
    private final LocalDate today;

    DemoPromotions(Commands commands, Queries queries, LocalDate today) {
        this.commands = commands;
        this.queries = queries;
        this.today = today;
    }

    /** Runs the cycle over today's organisation; returns how many cases it nominated. */
    int run(OrgChart org) {
        List<UUID> cases = new ArrayList<>();
        LocalDate nominated = today.minusDays(35);
        for (ChartPerson person : org.people().stream().sorted(Comparator.comparing(ChartPerson::id)).toList()) {
            if (cases.size() == NOMINEES) {
                break;
            }
            PersonDetails details = queries.ask(new GetPerson(person.id()), PersonDetails.class);
            GrowthPath path = queries.ask(new GetGrowthPath(person.id(), null), GrowthPath.class);
            if (path.ladderCode() == null || path.nextLevels().isEmpty() || details.startDate().isAfter(nominated)
                    || org.people().stream().anyMatch(p -> person.id().equals(p.managerId()))) {
                continue;
            }
            String target = path.nextLevels().getFirst().level();
            UUID id = id("promotion-" + cases.size());
            commands.send(new NominatePromotion(id, person.id(), target, evidence(path.ladderCode(), target), nominated), id,
                    "Demo: ready for " + path.nextLevels().getFirst().title());
            cases.add(id);
        }
        if (cases.size() < 5) {
            return cases.size();
        }
        UUID session = id("calibration");
        commands.send(new OpenCalibration(session, "Demo half-year calibration", today.minusDays(21), cases.subList(0, 5),
                today.minusDays(21)), session, "Demo: the half-year promotion cycle");
        recommend(session, cases.get(0), Recommendation.APPROVE, "Demo: evidence meets every area of the next level");
        recommend(session, cases.get(1), Recommendation.APPROVE, "Demo: strong delivery this half");
        recommend(session, cases.get(1), Recommendation.DEFER, "Demo: scope still within one team; revisit next cycle");
        recommend(session, cases.get(2), Recommendation.DENY, "Demo: evidence is thin on collaboration");
        recommend(session, cases.get(3), Recommendation.APPROVE, "Demo: consistently operating at the next level");
        decide(cases.get(0), PromotionDecision.APPROVED, "Demo: approved as calibrated");
        decide(cases.get(2), PromotionDecision.DENIED, "Demo: denied as calibrated; feedback given");
        decide(cases.get(3), PromotionDecision.APPROVED, "Demo: approved as calibrated");
        return cases.size();
    }

    private List<Evidence> evidence(String ladderCode, String target) {
        String level = target.substring(target.indexOf('/') + 1);
        LadderContent content = queries.askList(new FindLadderByCode(ladderCode), LadderDetails.class).getFirst().published();
        List<String> areas = content.expectations().stream().filter(e -> level.equals(e.level())).map(Expectation::area).distinct()
                .limit(2).toList();
        return (areas.isEmpty() ? content.areas().stream().map(io.cadre.ladder.api.Area::code).limit(1).toList() : areas).stream()
                .map(area -> new Evidence(area, "Demo: examples from the last two quarters that show " + area
                        + " at the next level")).toList();
    }

    private void recommend(UUID session, UUID promotion, Recommendation recommendation, String reason) {
        commands.send(new RecommendPromotion(session, promotion, recommendation, today.minusDays(21)), session, reason);
    }

    private void decide(UUID promotion, PromotionDecision decision, String reason) {
        commands.send(new DecidePromotion(promotion, decision, today.minusDays(10), null), promotion, reason);
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("cadre-demo-" + name).getBytes(StandardCharsets.UTF_8));
    }
}
