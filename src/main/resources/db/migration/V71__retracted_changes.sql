-- Corrections: a retracted change stays in the log and in these tables, marked with the instant it was retracted. Views
-- as effective fold only the changes that stand; a view as recorded at an instant still folds a change retracted later.
alter table rule_change add column retracted_at timestamptz;
alter table chart_change add column retracted_at timestamptz;
alter table report_change add column retracted_at timestamptz;
