/**
 * Reports: headcount, span of control, level pyramid, attrition, time in level, promotions, positions and objectives
 * progress, for one date or as a series, for the whole organisation or a subtree, as JSON, CSV and charts; and the
 * director's home, the organisation at a glance. Its read models form the processing group {@code reports}, rebuilt
 * on its own; it reads everyone's events and nobody depends on it.
 *
 * <p>Read models ({@code query}, group {@code reports}): {@code report_change} (each field an org event sets, from its
 * date), {@code report_level} and {@code report_track} (the published ladders), {@code report_position} and
 * {@code report_position_status} (each position and the statuses it took), {@code report_promotion_status} (each fact of
 * a promotion case: nominated, in calibration, approved, denied, withdrawn). Every fact keeps the instant it was recorded,
 * so that each report can be folded "as Cadre knew it" at an instant; objectives progress asks planning for its roll-up,
 * as recorded then too.
 *
 * <p>Reading ({@code FactLog}): as effective now, the whole log of facts is kept in memory, compact ({@code Facts}),
 * under the reports' processor's tokens; every report folds the kept log until the tokens move, on this node or another,
 * and the next report then reads it afresh. Reports as recorded at an instant read what was known then from the table.
 */
package io.cadre.reports;
