package io.cadre.org.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReportingLinesTest {

    @Test
    void layersCountDownFromWhoeverHasNoManagerAmongThePeople() {
        // 0 leads 1 and 2; 2 leads 3; 3 leads 4; 5 reports to someone not counted (-1).
        int[] layers = ReportingLines.layers(new int[] {-1, 0, 0, 2, 3, -1});
        assertThat(layers).containsExactly(1, 2, 2, 3, 4, 1);
    }

    @Test
    void layersDoNotDependOnTheOrderPeopleAreNumbered() {
        // The deepest first: 0 reports to 1, 1 to 2, 2 to nobody.
        assertThat(ReportingLines.layers(new int[] {1, 2, -1})).containsExactly(3, 2, 1);
    }

    @Test
    void aCycleEndsWhereItClosesInsteadOfLooping() {
        // 0 -> 1 -> 2 -> 0, and 3 reports into the cycle; a person who is their own manager is at the top.
        int[] layers = ReportingLines.layers(new int[] {1, 2, 0, 2, 4});
        assertThat(layers).containsExactly(3, 2, 1, 2, 1);
    }

    @Test
    void theMapFormCountsOnlyManagersAmongThePeople() {
        UUID top = UUID.randomUUID();
        UUID middle = UUID.randomUUID();
        UUID contributor = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        Map<UUID, UUID> managerOf = new HashMap<>();
        managerOf.put(top, UUID.randomUUID());
        managerOf.put(middle, top);
        managerOf.put(contributor, middle);
        managerOf.put(elsewhere, null);
        ReportingLines lines = new ReportingLines(managerOf);
        assertThat(lines.layer(top)).isEqualTo(1);
        assertThat(lines.layer(contributor)).isEqualTo(3);
        assertThat(lines.layer(elsewhere)).isEqualTo(1);
        assertThat(lines.deepest(managerOf.keySet())).isEqualTo(3);
        assertThat(lines.directReports()).containsOnlyKeys(top, middle);
    }
}
