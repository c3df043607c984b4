/**
 * The organisation: teams in a hierarchy, people, and their reporting lines, on every date.
 *
 * <p>Owns: the {@code Team} and {@code Person} aggregates and their events ({@link io.cadre.org.api.OrgEvent}); the
 * rules across them, checked in the command's transaction against the command side's dated timeline ({@code rule_*}
 * tables, {@code OrgRules}); personal data kept outside the events ({@code person_data}), corrected and erased by HR and ADMIN
 * ({@link io.cadre.org.api.PersonalDataEvent}: the events say which fields, never the values; every feature that copies a
 * name removes its copies on {@link io.cadre.org.api.PersonalDataErased}); the read models of the org
 * chart ({@code chart_*}) and each subject's history; the REST calls under {@code /api/teams}, {@code /api/people},
 * {@code /api/org-chart}, {@code /api/corrections}; the people, team, person and chart views.
 *
 * <p>Two times: every change kept by the chart's read model ({@code chart_change}) holds the instant it was recorded and,
 * once retracted ({@code ChangeRetracted}, {@code POST /api/corrections}), the instant of its retraction. The kept
 * intervals hold today's knowledge; {@code RecordedOrg} folds the changes again as Cadre knew them at an instant, for the
 * chart, its export and a person's record ({@code recordedAt}). A retraction is checked like any change: refused while a
 * later standing change of the subject sets one of its fields, or while the timeline without it breaks a rule.
 *
 * <p>Implements platform's {@code OrgReach} ({@code OrgReachOnChart}: the teams a person leads and below, their people,
 * a person's reports, on a date), on which every user's scope is decided. The people lists and the chart keep the rows
 * out of the asking user's scope to the directory's fields ({@code ScopeSql}).
 *
 * <p>Declares the ports that capabilities downstream implement: {@link io.cadre.org.api.LevelCatalog} (how a level
 * given to a person is judged), {@link io.cadre.org.api.ListAssignableLevels} (the levels a picker offers) and
 * {@link io.cadre.org.api.ChartPlaceholders} (boxes on the chart that are not people, such as open positions: every bean
 * is asked through {@code GetChartPlaceholders}; the chart view and {@code /api/org-chart} show those of its teams).
 *
 * <p>A {@code TransferPerson} with a {@code managerId} records {@code PersonTransferred} then {@code ManagerChanged} in its
 * one transaction, each checked by its own rules: the chart's drag onto a manager in another team sends it.
 *
 * <p>May use: {@code platform} and {@code shared} only. Every other feature sits downstream of it.
 */
package io.cadre.org;
