package io.cadre.org.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.OrgChart;
import io.cadre.org.api.TeamKind;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A chart written row by row, or copied in part from the chart before, is byte for byte what Jackson writes for it. */
class ChartJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private final ChartTeam top = new ChartTeam(UUID.randomUUID(), "Top \"quoted\"", TeamKind.ORGANIZATION, null, null);
    private final ChartTeam sub = new ChartTeam(UUID.randomUUID(), "Søren's \\ team 🚀", TeamKind.TEAM, top.id(), null);
    private final ChartPerson lead = new ChartPerson(UUID.randomUUID(), "Ñúñez, Rene", "Director", top.id(), null, "M2");
    private final ChartPerson report = new ChartPerson(UUID.randomUUID(), "(erased)", null, sub.id(), lead.id(), null);

    @Test
    void writesWhatJacksonWrites() {
        for (OrgChart chart : List.of(
                new OrgChart(LocalDate.of(2025, 3, 1), List.of(), List.of()),
                new OrgChart(LocalDate.of(2025, 3, 1), List.of(top), List.of()),
                new OrgChart(LocalDate.of(2025, 3, 1), List.of(top, sub), List.of(lead, report)))) {
            assertThat(text(ChartJson.write(chart, null, json))).isEqualTo(json.writeValueAsString(chart));
        }
    }

    @Test
    void copiesTheRowsItSharesWithTheChartBefore() {
        OrgChart before = new OrgChart(LocalDate.of(2025, 3, 1), List.of(top, sub), List.of(lead, report));
        ChartJson earlier = ChartJson.write(before, null, json);
        ChartPerson retitled = new ChartPerson(report.id(), report.name(), "Engineer", sub.id(), lead.id(), "L2");
        ChartPerson joiner = new ChartPerson(UUID.randomUUID(), "Ann", "Engineer", top.id(), lead.id(), "L1");
        List<OrgChart> next = List.of(
                new OrgChart(LocalDate.of(2025, 3, 2), List.of(top, sub), List.of(joiner, lead, retitled)),
                new OrgChart(LocalDate.of(2025, 3, 2), List.of(sub), List.of(report)),
                new OrgChart(LocalDate.of(2025, 3, 2), List.of(), List.of()));
        for (OrgChart chart : next) {
            ChartJson written = ChartJson.write(chart, earlier, json);
            assertThat(text(written)).isEqualTo(json.writeValueAsString(chart));
            // And the chart after it copies from this one just as well.
            OrgChart after = new OrgChart(chart.asOf(), chart.teams(), new ArrayList<>(chart.people()).reversed());
            assertThat(text(ChartJson.write(after, written, json))).isEqualTo(json.writeValueAsString(after));
        }
    }

    private static String text(ChartJson written) {
        return new String(written.bytes(), StandardCharsets.UTF_8);
    }
}
