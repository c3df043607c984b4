package io.cadre.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows whose columns hold more text than one array should carry go in several statements, and arrive all, once, in
 * their order, with what a returning clause gives for each; any text, in any script, with any quoting, arrives as sent.
 */
@IntegrationTest
class BulkInsertTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aColumnLongerThanAChunkIsCutIntoRunsThatTogetherHoldEveryRowInOrder() {
        int rows = 500;
        String[][] columns = {IntStream.range(0, rows).mapToObj(r -> r % 7 == 0 ? null : "x".repeat(300 + r)).toArray(String[]::new),
                IntStream.range(0, rows).mapToObj(Integer::toString).toArray(String[]::new)};

        List<String[][]> chunks = BulkInsert.chunks(columns);

        assertThat(chunks).hasSizeGreaterThan(2);
        List<String> joined = new ArrayList<>();
        for (String[][] chunk : chunks) {
            assertThat(chunk).hasNumberOfRows(2);
            assertThat(chunk[0]).hasSameSizeAs(chunk[1]);
            assertThat(Arrays.stream(chunk[0]).mapToLong(v -> v == null ? 0 : v.length()).sum()).isLessThanOrEqualTo(BulkInsert.CHUNK_CHARS);
            joined.addAll(Arrays.asList(chunk[1]));
        }
        assertThat(joined).containsExactly(columns[1]);
    }

    @Test
    void aValueLongerThanAChunkTravelsAloneAndNoRowsMakeNoRuns() {
        String[][] columns = {{"a", "b".repeat(BulkInsert.CHUNK_CHARS + 1), "c"}};

        assertThat(BulkInsert.chunks(columns)).extracting(chunk -> List.of(chunk[0]))
                .containsExactly(List.of("a"), List.of("b".repeat(BulkInsert.CHUNK_CHARS + 1)), List.of("c"));
        assertThat(BulkInsert.chunks(new String[][] {{}})).isEmpty();
    }

    @Test
    void rowsBeyondOneStatementAreAllInsertedInOrderWithTheirReturnedRows() {
        jdbc.execute("create table if not exists bulk_insert_test (n integer primary key, position bigint, words text)");
        jdbc.execute("truncate bulk_insert_test");
        int rows = 400;
        List<Object[]> values = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            values.add(new Object[] {r, BulkInsert.knownPosition(1_000L + r), r % 5 == 0 ? null : "word ".repeat(100) + r});
        }
        List<Integer> returned = new ArrayList<>();

        BulkInsert.returning(jdbc, "bulk_insert_test (n, position, words)", List.of("integer", BulkInsert.EVENT_POSITION, "text"),
                values, " on conflict do nothing returning n", rs -> {
                    returned.add(rs.getInt(1));
                });
        BulkInsert.into(jdbc, "bulk_insert_test (n, position, words)", List.of("integer", BulkInsert.EVENT_POSITION, "text"),
                values, " on conflict do nothing");

        assertThat(returned).containsExactlyElementsOf(IntStream.range(0, rows).boxed().toList());
        assertThat(jdbc.queryForList("select n, position, words from bulk_insert_test order by n"))
                .hasSize(rows)
                .allSatisfy(row -> {
                    int n = (Integer) row.get("n");
                    assertThat(row.get("position")).isEqualTo(1_000L + n);
                    assertThat(row.get("words")).isEqualTo(n % 5 == 0 ? null : "word ".repeat(100) + n);
                });
        jdbc.execute("drop table bulk_insert_test");
    }

    @Test
    void everyKindOfTextArrivesAsItWasSent() {
        jdbc.execute("create table if not exists bulk_insert_text (n integer primary key, words text, day date, tags jsonb)");
        jdbc.execute("truncate bulk_insert_text");
        List<String> texts = Arrays.asList("", null, "plain", "Zoë Müller-Łukasiewicz", "日本語のチーム", "rocket \uD83D\uDE80 launch",
                "quotes \" and \\ backslashes", "{braces}, commas, NULL", "null", "line\nbreak\ttab", " padded ");
        LocalDate first = LocalDate.of(2026, 1, 1);
        JsonMapper json = JsonMapper.builder().build();
        List<Object[]> rows = new ArrayList<>();
        for (int r = 0; r < texts.size(); r++) {
            String text = texts.get(r);
            rows.add(new Object[] {r, text, first.plusDays(r), text == null ? null : json.writeValueAsString(Map.of("text", text))});
        }

        BulkInsert.into(jdbc, "bulk_insert_text (n, words, day, tags)", List.of("integer", "text", "date", "jsonb"), rows, "");

        assertThat(jdbc.queryForList("select n, words, cast(day as text) as day, tags ->> 'text' as tag from bulk_insert_text order by n"))
                .hasSize(texts.size())
                .allSatisfy(row -> {
                    int n = (Integer) row.get("n");
                    assertThat(row.get("words")).isEqualTo(texts.get(n));
                    assertThat(row.get("tag")).isEqualTo(texts.get(n));
                    assertThat(row.get("day")).isEqualTo(first.plusDays(n).toString());
                });
        jdbc.execute("drop table bulk_insert_text");
    }
}
