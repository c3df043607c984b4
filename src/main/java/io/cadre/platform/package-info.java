/**
 * Technical wiring, no domain: {@code axon} (event store, tokens, sagas on JDBC), {@code gateway} (Commands and
 * Queries, the one way in), {@code consistency} (read-your-writes: the barrier, the event sources, prompt for the read
 * models a command waits for and patient for the derived groups, change signals), {@code projection} (processing groups and batched writes), {@code replay} (rebuilds), {@code security}
 * (filter chains, command authorization, scope: {@code ScopeDecision} decides it, the command bus and the query bus
 * apply it; the ports access and org implement: {@code LinkedPeople}, {@code OrgReach}), {@code web} (problem+json, strict input,
 * idempotency, versions), {@code ui} (app shell, layout, dialogs, record sections, the chart component),
 * {@code persistence} and {@code time}.
 *
 * <p>Depends on no feature.
 */
package io.cadre.platform;
