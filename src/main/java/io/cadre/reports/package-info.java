/**
 * Reports: headcount, span of control, level pyramid, attrition, time in level, promotions, positions and objectives
 * progress, for one date or as a series, for the whole organisation or a subtree, as JSON, CSV and charts; and the
 * director's home, the organisation at a glance. Its read models form the processing group {@code reports}, rebuilt
 * on its own; it reads everyone's events and nobody depends on it.
 */
package io.cadre.reports;
