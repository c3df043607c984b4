/**
 * Career ladders and growth paths.
 *
 * <p>Owns: the {@code Ladder} aggregate (drafts, immutable published versions) and its events
 * ({@link io.cadre.ladder.api.LadderEvent}); the ladder file format and shipped templates; the read models of ladders
 * and of each person's level history; growth paths, level comparisons and distributions; the REST calls under
 * {@code /api/ladders} and {@code /api/people/{id}/growth-path}; the ladder views and the person page's levels section.
 * The growth path page shows the {@code RecordSection}s of kind {@code growth-path} that downstream capabilities
 * contribute (the pipeline's promotion cases). The distribution counts each person once, on their own track.
 *
 * <p>Implements org's ports: judges levels ({@code LevelCatalog}) and lists the levels people can be given.
 *
 * <p>May use: {@code org.api}, {@code platform}, {@code shared}. Pipeline and planning sit downstream of it.
 */
package io.cadre.ladder;
