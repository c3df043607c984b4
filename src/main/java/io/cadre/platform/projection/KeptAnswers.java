package io.cadre.platform.projection;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Answers folded from one processing group's read models, kept while that group's committed tokens stand still: a
 * question asked again is answered from memory until the processor moves on, on this node or another, and then folded
 * afresh. The tokens are read in their own statement before the answer's rows, and a token commits with the rows its
 * batch wrote, so an answer is never kept under tokens newer than the rows it was folded from: a caller told that its
 * change is in the read models never gets an answer from before it. The most recently used answers are kept, up to a
 * bound; before the processor has any token nothing is kept.
 *
 * @param <K> what tells one question from another
 * @param <V> the answer
 */
public final class KeptAnswers<K, V> {

    private record Kept<V>(String tokens, V answer) {
    }

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final String group;
    private final Map<K, Kept<V>> kept;

    public KeptAnswers(JdbcTemplate jdbc, EventProcessingConfiguration processing, String group, int most) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.group = group;
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Kept<V>> eldest) {
                return size() > most;
            }
        };
    }

    /**
     * The answer kept for the question under the group's current tokens, or the one {@code fold} gives, kept then. Folds
     * run one at a time, so that many callers asking at once after a change fold it once.
     */
    public V get(K question, Supplier<V> fold) {
        String tokens = tokens();
        Kept<V> found = find(question, tokens);
        if (found != null) {
            return found.answer();
        }
        synchronized (this) {
            found = find(question, tokens);
            if (found != null) {
                return found.answer();
            }
            V answer = fold.get();
            if (tokens != null) {
                synchronized (kept) {
                    kept.put(question, new Kept<>(tokens, answer));
                }
            }
            return answer;
        }
    }

    private Kept<V> find(K question, String tokens) {
        if (tokens == null) {
            return null;
        }
        Kept<V> found;
        synchronized (kept) {
            found = kept.get(question);
        }
        return found != null && found.tokens().equals(tokens) ? found : null;
    }

    /** The group's processor's committed tokens, one per segment, or null before it has any. */
    private String tokens() {
        String processor = processing.eventProcessorByProcessingGroup(group).map(EventProcessor::getName).orElse(group);
        return jdbc.queryForObject("select string_agg(encode(token, 'hex'), ',' order by segment) from token_entry where processor_name = ?",
                String.class, processor);
    }
}
