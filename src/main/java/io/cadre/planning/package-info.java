/**
 * Planning: the director's workspace. This release holds team objectives, scenarios and the growth model.
 *
 * <p>Events (all {@code planning.api}, {@code @Revision("1")}, about one {@code Objective} aggregate each):
 * {@code ObjectiveWritten} (a draft for a team and a period, with its first key results, optionally aligned and
 * optionally carried from an objective of the period before), {@code ObjectiveStatusChanged} (DRAFT, COMMITTED,
 * ACHIEVED, MISSED, DROPPED), {@code ObjectiveAligned}, {@code KeyResultAdded}, {@code KeyResultRevised} (reworded or
 * retargeted; once committed only with a reason, kept in the event's metadata like every reason) and
 * {@code CheckInRecorded} (value, confidence, note, date).
 *
 * <p>Aggregate ({@code command}): {@code Objective} guards its status transitions, its key results and check-ins;
 * {@code ObjectiveRules} judge what it cannot alone: the team (through org's queries), the parent objective (through
 * the command side's {@code objective_registry}, written in the command's transaction) and today's date.
 *
 * <p>Read models ({@code query}, in the one {@code read-models} group): {@code objective} (the fixed facts) and
 * {@code objective_change} (every change as a dated row, with who, when and why), folded as of any date into objectives
 * with progress ({@code (current - start) / (target - start)} held to 0..1, an objective the mean of its key results),
 * team progress rolled up the team hierarchy, and the alignment tree of a period; the tree also as Cadre knew it at an
 * instant (only the objectives and changes recorded by then, over the org chart as recorded then). The tree holds
 * summaries ({@code ObjectiveSummary}: title, status, progress, lowest confidence), folded from each key result's latest
 * check-in alone, over the teams of the date without their people ({@code GetChartTeams}); an objective's key results
 * and check-ins are on its own page.
 *
 * <p>Scenarios: plans over the live org, each a branch of its event log. Events ({@code planning.api}, about one
 * {@code Scenario} aggregate each, never the org's): {@code ScenarioCreated} (name, base date, optional root team, owner),
 * {@code ChangePlanned} (a {@code PlannedChange}: the type and the fields of the live command it stands for, with its own
 * effective date and reason), {@code PlannedChangeRevised} (edited in its place), {@code PlannedChangeDropped} and
 * {@code PlannedChangeApplied}. The aggregate guards where
 * each change stands; the org's own rules judge the change itself before it is planned, through org's
 * {@code OrgRehearsal} port (the live commands rehearsed in a transaction that is always rolled back). Read models
 * ({@code query}, group {@code read-models}): {@code scenario} and {@code scenario_change}. {@code service}:
 * {@code ScenarioPlanner} (create, plan, drop, apply through {@code Commands}), {@code ScenarioViews} (chart, impact,
 * conflicts, each one rehearsal, remembered by org's {@code RehearsalMemory} while the plan and the live log stay
 * the same), {@code ScenarioAccess} (owner directors, HR and ADMIN).
 *
 * <p>{@code service}: planning the next period (objectives not achieved proposed as drafts); {@code web}: REST under
 * {@code /api/objectives} and {@code /api/scenarios}; {@code ui}: the Objectives view, the objective page and the objectives section of a team page.
 *
 * <p>Growth model: {@code service.GrowthModel} is the arithmetic, a pure function (no Spring, no database) of a
 * starting org (its shape and level pyramid with the next level and band mid-point of each level) and the assumptions;
 * {@code service.GrowthModels} reads the starting org from the org's and the ladders' queries ({@code StartingOrgs})
 * and leaves cost out for those who may not see pay. A saved model is one {@code SavedGrowthModel} aggregate with one
 * event, {@code GrowthModelSaved} (name and {@code GrowthInputs}; who, when and why in its metadata), kept in the
 * {@code growth_model} read model. {@code web}: {@code /api/growth-models}; {@code ui}: the Growth model view.
 */
package io.cadre.planning;
