package io.cadre.platform.replay;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The processors' tokens as stored before a rebuild moved them, to be put back if it fails. */
final class StoredTokens {

    private final JdbcTemplate jdbc;
    private final List<String> processors;
    private final List<Object[]> tokens;

    private StoredTokens(JdbcTemplate jdbc, List<String> processors, List<Object[]> tokens) {
        this.jdbc = jdbc;
        this.processors = processors;
        this.tokens = tokens;
    }

    /** The tokens of these processors as they are stored now. */
    static StoredTokens of(JdbcTemplate jdbc, Collection<String> processors) {
        List<Object[]> tokens = jdbc.query("select processor_name, segment, token, token_type, timestamp from token_entry"
                        + " where processor_name = any(?)",
                (rs, i) -> new Object[]{rs.getString(1), rs.getInt(2), rs.getBytes(3), rs.getString(4), rs.getString(5)},
                (Object) processors.toArray(String[]::new));
        return new StoredTokens(jdbc, List.copyOf(processors), tokens);
    }

    /** Stores the tokens again as they were, claimed by no node; within the caller's transaction. */
    void restore() {
        jdbc.update("delete from token_entry where processor_name = any(?)", (Object) processors.toArray(String[]::new));
        for (Object[] token : tokens) {
            jdbc.update("insert into token_entry (processor_name, segment, token, token_type, timestamp, owner)"
                    + " values (?, ?, ?, ?, ?, null)", token);
        }
    }
}
