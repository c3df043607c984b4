-- Two times in the read models: besides the date a change takes effect, the instant it was recorded, so that a view can
-- be asked "as Cadre knew it at that instant" by leaving out every change recorded later (product.md §7.3).
-- The command side's timeline (rule_change) shares the shape through TimelineTables; its rules read no record time.
alter table rule_change add column recorded_at timestamptz;
alter table chart_change add column recorded_at timestamptz;
alter table report_change add column recorded_at timestamptz;

-- Rows projected before this migration take the instant their event was stored with.
update chart_change c set recorded_at = cast(e.time_stamp as timestamptz)
  from domain_event_entry e where e.aggregate_identifier = cast(c.subject_id as text) and e.sequence_number = c.seq;
update report_change c set recorded_at = cast(e.time_stamp as timestamptz)
  from domain_event_entry e where e.aggregate_identifier = cast(c.subject_id as text) and e.sequence_number = c.seq;

create index chart_change_recorded on chart_change (recorded_at);
