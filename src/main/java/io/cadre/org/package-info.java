/**
 * The organisation: teams in a hierarchy, people, and their reporting lines, on every date.
 *
 * <p>Owns: the {@code Team} and {@code Person} aggregates and their events ({@link io.cadre.org.api.OrgEvent}); the
 * rules across them, checked in the command's transaction against the command side's dated timeline ({@code rule_*}
 * tables, {@code OrgRules}); personal data kept outside the events ({@code person_data}), corrected and erased by HR and ADMIN
 * ({@link io.cadre.org.api.PersonalDataEvent}: the events say which fields, never the values; every feature that copies a
 * name removes its copies on {@link io.cadre.org.api.PersonalDataErased}); the read models of the org
 * chart ({@code chart_*}) and each subject's history; the REST calls under {@code /api/teams}, {@code /api/people},
 * {@code /api/org-chart}; the people, team, person and chart views.
 *
 * <p>Declares the ports that capabilities downstream implement: {@link io.cadre.org.api.LevelCatalog} (how a level
 * given to a person is judged) and {@link io.cadre.org.api.ListAssignableLevels} (the levels a picker offers).
 *
 * <p>May use: {@code platform} and {@code shared} only. Every other feature sits downstream of it.
 */
package io.cadre.org;
