-- The transaction that last wrote each team or person. A reader that kept an org chart notes the oldest transaction
-- still running when it read the chart's position: every later change was made by that one or a newer one, whatever
-- order the transactions commit in, so it patches only the subjects with a touched value at least that.
alter table chart_subject add column touched bigint not null default cast(cast(pg_current_xact_id() as text) as bigint);
create index chart_subject_touched on chart_subject (touched);
