-- When the org-chart projection last wrote each team or person: every batch takes the next number, so a reader
-- that kept a chart can ask which subjects changed since the batch it saw last, and patch only those.
create sequence chart_subject_touch;
alter table chart_subject add column touched bigint not null default nextval('chart_subject_touch');
create index chart_subject_touched on chart_subject (touched);
