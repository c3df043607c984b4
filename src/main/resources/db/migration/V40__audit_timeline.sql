-- The audit timeline (processing group 'audit'): one row per stored event of every capability.
create table audit_entry (
    event_id       varchar(255) primary key,
    position       bigint       not null,
    recorded_at    timestamptz  not null,
    effective_date date,
    actor          text,
    type           text         not null,
    subject_kind   text         not null,
    subject_id     uuid,
    subject        text,
    summary        text         not null,
    before         jsonb        not null,
    after          jsonb        not null,
    reason         text,
    correlation_id text,
    causation_id   text,
    -- The people the change names, and the teams it concerns with every team above them as the timeline knew them
    -- when the change was recorded: a filter on a team finds its sub-teams' changes with one index lookup.
    person_ids     uuid[]       not null,
    team_ids       uuid[]       not null
);
create index audit_entry_newest on audit_entry (position desc);
create index audit_entry_people on audit_entry using gin (person_ids);
create index audit_entry_teams on audit_entry using gin (team_ids);
create index audit_entry_actor on audit_entry (actor, position desc);
create index audit_entry_type on audit_entry (type, position desc);
create index audit_entry_effective on audit_entry (effective_date, position desc);
create index audit_entry_recorded on audit_entry (recorded_at, position desc);
create index audit_entry_subject on audit_entry (subject_id, position desc);

-- What the timeline knows of each subject as of the last change it recorded: names, and the fields a change's
-- "before" is read from. path: a team and every team above it, the team first.
create table audit_subject (
    id    uuid primary key,
    kind  text  not null,
    name  text,
    attrs jsonb not null,
    path  uuid[]
);
create index audit_subject_path on audit_subject using gin (path);
