/**
 * The talent pipeline: headcount slots (positions) and the candidates who fill them.
 *
 * <ul>
 *   <li>{@code api}: the only public face. Events, grouped by aggregate under the sealed {@code PositionEvent} and
 *       {@code CandidateEvent}: a position is opened (PROPOSED), approved, frozen and unfrozen, cancelled, or filled by
 *       one hire; a candidate is added (SOURCED), moves forward through SCREENING, INTERVIEWING and OFFER, is rejected
 *       or withdraws, accepts (with a start date, while the position is APPROVED), and is then hired or has the hire
 *       refused. Commands, queries and results beside them.</li>
 *   <li>{@code command}: the aggregates Position and Candidate. A candidate's commands judge their position through
 *       the command side's own record of it ({@code pipeline_position_rule}), locked until commit; candidates' names
 *       and emails live in {@code candidate_data}, keyed by candidate, never in an event.</li>
 *   <li>{@code process}: the hiring saga. On CandidateAccepted it fills the position, hires the person through the
 *       org's {@code HirePerson} into the position's team, level, title and manager from the start date, and links the
 *       candidate to the person, all or nothing; a refusal is recorded on the candidate (CandidateHireRefused).</li>
 *   <li>{@code query}: read models in the {@code read-models} group (positions and their transitions, candidates and
 *       their moves) and the handlers of the position, candidate and board queries.</li>
 *   <li>{@code web}: the REST calls of product.md §7.1 for positions, candidates and the board.</li>
 * </ul>
 *
 * <p>pipeline uses org.api, ladder.api, platform and shared; nothing outside it knows it.
 */
package io.cadre.pipeline;
