/**
 * The talent pipeline: headcount slots (positions) and the candidates who fill them; promotion cases and the calibration
 * sessions that weigh them.
 *
 * <ul>
 *   <li>{@code api}: the only public face. Events, grouped by aggregate under the sealed {@code PositionEvent} and
 *       {@code CandidateEvent}: a position is opened (PROPOSED), approved, frozen and unfrozen, cancelled, or filled by
 *       one hire; a candidate is added (SOURCED), moves forward through SCREENING, INTERVIEWING and OFFER, is rejected
 *       or withdraws, accepts (with a start date, while the position is APPROVED), and is then hired or has the hire
 *       refused. Under the sealed {@code PromotionEvent} and {@code CalibrationEvent}: a promotion case is nominated
 *       (NOMINATED, with the ladder version in force), taken into a calibration session (IN_CALIBRATION), decided (APPROVED
 *       or DENIED) or withdrawn; a session is opened over some cases and changes its recommendation for one of them.
 *       Commands, queries and results beside them.</li>
 *   <li>{@code command}: the aggregates Position and Candidate. A candidate's commands judge their position through
 *       the command side's own record of it ({@code pipeline_position_rule}), locked until commit; candidates' names
 *       and emails live in {@code candidate_data}, keyed by candidate, never in an event. Scope (product.md §7.5): every
 *       position and candidate command is a {@code PositionCommand} or {@code CandidateCommand}, judged on the command
 *       bus on the position's team; {@code HiringOwners} tells the bus that team from {@code pipeline_position_rule} and
 *       {@code pipeline_candidate_rule} (which position a candidate is for).</li>
 *   <li>{@code process}: the hiring saga. On CandidateAccepted it fills the position, hires the person through the
 *       org's {@code HirePerson} into the position's team, level, title and manager from the start date, and links the
 *       candidate to the person, all or nothing; a refusal is recorded on the candidate (CandidateHireRefused).</li>
 *   <li>Promotions take effect without a saga: the Promotion aggregate's DecidePromotion handler, on APPROVED, sends the
 *       org's {@code ChangeLevel} (PROMOTION or TRACK_SWITCH, to the target judged against the ladder version recorded at
 *       nomination, with the case as the reason) as a nested command in the same unit of work and transaction
 *       ({@code NestedCommands}), and records PromotionDecided only after it succeeded. When the org refuses (the person
 *       left, a later fact contradicts the date), the caller gets the org's reason as a 409 and nothing of the decision is
 *       recorded. Opening a calibration session takes its cases into calibration the same way, all or none. Who may
 *       nominate or withdraw (the person's manager, a director above them, HR or ADMIN) is judged by
 *       {@code service.PromotionScope} on the org as it stands, inside the command's handler; the roles by {@code @SentBy}.
 *       {@code promotion_rule} is the command side's record of each case's person and status (one open case per person).</li>
 *   <li>{@code query}: read models in the {@code read-models} group (positions and their transitions, candidates and
 *       their moves; promotion cases, their evidence, calibration sessions and their changes) and the handlers of the
 *       position, candidate, board, promotion and calibration queries; {@code OpenPositionsOnChart} implements the org's
 *       {@code ChartPlaceholders} port: the positions approved (or frozen) on a date, from their transitions.</li>
 *   <li>{@code web}: the REST calls of product.md §7.1 for positions, candidates, the board, promotions and calibrations
 *       (with the list of sessions, {@code GET /api/calibrations}, paged and as CSV).</li>
 *   <li>{@code ui}: the pipeline board, the Promotions view, a case page, a calibration session page (live), the person
 *       page's promotions section, where cases are nominated, and the growth path's promotion cases (a
 *       {@code RecordSection} of kind {@code growth-path}, so that ladder shows them without knowing the pipeline).</li>
 * </ul>
 *
 * <p>pipeline uses org.api, ladder.api, platform and shared; nothing outside it knows it.
 *
 * <p>Implements {@code org}'s {@link io.cadre.org.api.PersonalDataCopies}: erasing a person clears the contact of the
 * candidacy they were hired from ({@code CandidateContactErasure}).
 */
package io.cadre.pipeline;
