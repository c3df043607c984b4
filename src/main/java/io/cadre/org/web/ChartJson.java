package io.cadre.org.web;

import io.cadre.org.api.OrgChart;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * An org chart written as JSON, the same bytes Jackson writes for the {@link OrgChart} record, with where each team's
 * and person's JSON lies in them. The query's next chart, patched from the one before, shares all but the changed rows
 * with it as the very same objects: their JSON is copied from here and only the changed rows are written, which for
 * 50,000 people costs a few milliseconds instead of some 25.
 */
final class ChartJson {

    private static final byte[] AS_OF = "{\"asOf\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TEAMS = ",\"teams\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PEOPLE = "],\"people\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] END = "]}".getBytes(StandardCharsets.UTF_8);

    private final byte[] bytes;
    /** The chart's teams, then its people; row {@code i}'s JSON is {@code bytes[starts[i]..ends[i])}. */
    private final Object[] rows;
    private final int[] starts;
    private final int[] ends;
    /** The rows by identity, built when a later chart first looks up a row out of order. */
    private int[] places;

    private ChartJson(byte[] bytes, Object[] rows, int[] starts, int[] ends) {
        this.bytes = bytes;
        this.rows = rows;
        this.starts = starts;
        this.ends = ends;
    }

    byte[] bytes() {
        return bytes;
    }

    /** Writes the chart, copying the JSON of every row it shares with {@code earlier}, if there is one. */
    static ChartJson write(OrgChart chart, ChartJson earlier, JsonMapper json) {
        Object[] rows = rows(chart);
        return earlier == null ? writeAll(chart, rows, json) : copyFrom(earlier, chart, rows, json);
    }

    private static Object[] rows(OrgChart chart) {
        Object[] rows = new Object[chart.teams().size() + chart.people().size()];
        int i = 0;
        for (Object team : chart.teams()) {
            rows[i++] = team;
        }
        for (Object person : chart.people()) {
            rows[i++] = person;
        }
        return rows;
    }

    /** Jackson writes the whole chart; each row's place is read off the generator as it goes. */
    private static ChartJson writeAll(OrgChart chart, Object[] rows, JsonMapper json) {
        Output out = new Output(256 + 160 * rows.length);
        int[] starts = new int[rows.length];
        int[] ends = new int[rows.length];
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeName("asOf");
            generator.writePOJO(chart.asOf());
            generator.writeName("teams");
            writeAll(generator, out, chart.teams(), 0, rows, starts, ends);
            generator.writeName("people");
            writeAll(generator, out, chart.people(), chart.teams().size(), rows, starts, ends);
            generator.writeEndObject();
        }
        return new ChartJson(out.toByteArray(), rows, starts, ends);
    }

    private static void writeAll(JsonGenerator generator, Output out, List<?> list, int first, Object[] rows, int[] starts,
                                 int[] ends) {
        generator.writeStartArray();
        for (int i = first; i < first + list.size(); i++) {
            // After the first row the generator writes the comma that separates it from the one before.
            starts[i] = out.size() + generator.streamWriteOutputBuffered() + (i == first ? 0 : 1);
            generator.writePOJO(rows[i]);
            ends[i] = out.size() + generator.streamWriteOutputBuffered();
        }
        generator.writeEndArray();
    }

    /**
     * Copies the JSON of the rows found in {@code earlier} and writes the others. Unchanged rows keep their relative
     * order from one chart to the next, so they are found by walking both charts together; only a row that does not
     * come next is looked up by identity.
     */
    private static ChartJson copyFrom(ChartJson earlier, OrgChart chart, Object[] rows, JsonMapper json) {
        int[] sources = new int[rows.length];
        byte[][] written = new byte[rows.length][];
        byte[] asOf = json.writeValueAsBytes(chart.asOf());
        int teams = chart.teams().size();
        long size = AS_OF.length + asOf.length + TEAMS.length + PEOPLE.length + END.length
                + Math.max(0, teams - 1) + Math.max(0, rows.length - teams - 1);
        int next = 0;
        for (int i = 0; i < rows.length; i++) {
            int source = next < earlier.rows.length && earlier.rows[next] == rows[i] ? next : earlier.placeOf(rows[i]);
            sources[i] = source;
            if (source < 0) {
                written[i] = json.writeValueAsBytes(rows[i]);
                size += written[i].length;
            } else {
                next = Math.max(next, source + 1);
                size += earlier.ends[source] - earlier.starts[source];
            }
        }
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("An org chart of " + size + " bytes");
        }
        byte[] bytes = new byte[(int) size];
        int[] starts = new int[rows.length];
        int[] ends = new int[rows.length];
        int at = put(AS_OF, bytes, 0);
        at = put(asOf, bytes, at);
        at = put(TEAMS, bytes, at);
        for (int i = 0; i < rows.length; i++) {
            if (i == teams) {
                at = put(PEOPLE, bytes, at);
            } else if (i > 0) {
                bytes[at++] = ',';
            }
            starts[i] = at;
            int source = sources[i];
            if (source < 0) {
                at = put(written[i], bytes, at);
            } else {
                int length = earlier.ends[source] - earlier.starts[source];
                System.arraycopy(earlier.bytes, earlier.starts[source], bytes, at, length);
                at += length;
            }
            ends[i] = at;
        }
        if (teams == rows.length) {
            at = put(PEOPLE, bytes, at);
        }
        put(END, bytes, at);
        return new ChartJson(bytes, rows, starts, ends);
    }

    private static int put(byte[] part, byte[] into, int at) {
        System.arraycopy(part, 0, into, at, part.length);
        return at + part.length;
    }

    /** Where this chart holds the very same row object, or -1. */
    private int placeOf(Object row) {
        int[] table = places();
        int mask = table.length - 1;
        for (int slot = spread(System.identityHashCode(row)) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            if (rows[table[slot] - 1] == row) {
                return table[slot] - 1;
            }
        }
        return -1;
    }

    /** An open-addressing table of row places plus one (0: empty), at most half full, keyed by identity. */
    private synchronized int[] places() {
        if (places == null) {
            int[] table = new int[Integer.highestOneBit(Math.max(rows.length, 8)) << 2];
            int mask = table.length - 1;
            for (int i = 0; i < rows.length; i++) {
                int slot = spread(System.identityHashCode(rows[i])) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = i + 1;
            }
            places = table;
        }
        return places;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** A growing byte array, without the locking of ByteArrayOutputStream. */
    private static final class Output extends OutputStream {

        private byte[] buffer;
        private int size;

        Output(int capacity) {
            buffer = new byte[capacity];
        }

        int size() {
            return size;
        }

        @Override
        public void write(int b) {
            room(1);
            buffer[size++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            room(length);
            System.arraycopy(bytes, offset, buffer, size, length);
            size += length;
        }

        private void room(int more) {
            if (size + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            }
        }

        byte[] toByteArray() {
            return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
        }
    }
}
