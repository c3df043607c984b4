/**
 * How projections run: processing groups by purpose, batched writes, and processors that never skip an event.
 *
 * <p><b>Groups by purpose.</b> A projection names its group with {@code @ProcessingGroup} and its tables with
 * {@link io.cadre.platform.projection.ReadModelTables}. The live read models that a command's answer must include
 * (read-your-writes, product.md §6) belong to {@link io.cadre.platform.projection.ReadModels#PROCESSOR}, the only group
 * in {@link io.cadre.platform.projection.ReadModels#READ_YOUR_WRITES}, the one place that says which groups the
 * commands' barrier ({@code ReadModelBarrier}) waits for. A derived or slow read model (an audit timeline, a report)
 * takes a group of its own, named after it: it gets a pooled streaming processor of that name (one segment, batches
 * of up to 500 events, overridable under {@code axon.eventhandling.processors.<group>}), follows the event store on
 * its own, holds no command back, and is rebuilt alone with {@code POST /api/admin/projections/rebuild?group=<group>}
 * (without {@code group}, every group is).
 *
 * <p><b>No event is skipped.</b> A handler that throws fails its batch: the batch rolls back, the token stays before
 * the event, and Axon tries again after a back-off (1 s doubling to 60 s) until the cause is gone. While a processor
 * is stuck, {@link io.cadre.platform.projection.ProcessorProgress} knows the event (global index, type, aggregate) and
 * the error; Actuator's {@code processors} health shows each processor UP or DOWN with that event, and the meters
 * {@code cadre.processor.status|position|lag|errors|last.error} follow each processor. A command whose read models
 * cannot include it answers 503 with {@code Retry-After} once the barrier's patience (10 s) runs out.
 *
 * <p><b>Batched writes.</b> A handler adds its rows to {@link io.cadre.platform.projection.ProjectionBatch}, written with
 * one statement per table just before the batch commits with its token; a stuck processor writes them event by
 * event, so that a failing write names its event.
 *
 * <p><b>Rebuilds.</b> A rebuild ({@code platform.replay}) reads the event store once and replays it into every group's
 * handlers side by side, in batches of 4,000, two segments a group. Each segment of a replay has a
 * {@link io.cadre.platform.projection.ReplayMemory} for all of its batches: a projection that alone writes its tables
 * keeps there what it wrote and need not read it back (the audit's subjects). A failed batch empties it; a live
 * processor has none. The replay's reader also knows each event's own position in the store, and hands it to the batch
 * ({@link io.cadre.platform.projection.EventPositions}): a row that keeps its event's position stores it as it is, where
 * a live batch looks the event up (its token cannot say where an event that fills a gap stands). The replay writes into
 * twins of the group's tables in a schema of their own, while the live tables keep answering; indexes that only queries
 * use ({@code ReadModelTables.indexedAfterReplay}) are built once every event is in, and the twins then take the live
 * tables' place in one short transaction ({@code ReadModelShadow}).
 */
package io.cadre.platform.projection;
