package io.cadre.org.api;

/**
 * The port through which the organisation judges a level given to a person (the career ladders implement it),
 * a level written {@code <ladder code>/<level code>}, against the published ladders,
 * in the caller's transaction. Before any ladder is published every label is accepted as given.
 */
public interface LevelCatalog {

    /**
     * Returns the published ladder version the level was judged against, or null for a free label accepted
     * because no ladder is published yet.
     *
     * @throws io.cadre.shared.InvalidInput  when the level names no level of a published ladder
     * @throws io.cadre.shared.RuleViolation when the level is retired
     */
    Integer judge(String field, String level);
}
