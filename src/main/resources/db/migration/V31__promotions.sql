-- Promotion cases and calibration sessions. Command side: each case's person and status, read by the rules in the
-- command's own transaction (one open case per person; a session's cases).
create table promotion_rule (
    promotion_id uuid primary key,
    person_id    uuid not null,
    status       text not null
);
create index promotion_rule_person on promotion_rule (person_id, status);

-- Read models (the read-models processor).
create table promotion (
    promotion_id      uuid primary key,
    person_id         uuid    not null,
    from_level        text    not null,
    target_level      text    not null,
    kind              text    not null,
    ladder_version    integer not null,
    status            text    not null,
    nominated_on      date    not null,
    nominated_by      text,
    nomination_reason text,
    session_id        uuid,
    recommendation    text,
    decision          text,
    decision_date     date,
    decision_reason   text,
    decided_by        text,
    decided_at        timestamptz,
    version           bigint  not null
);
create index promotion_person on promotion (person_id);
create index promotion_status on promotion (status, nominated_on);
create index promotion_session on promotion (session_id);

create table promotion_evidence (
    promotion_id uuid    not null,
    position     integer not null,
    area         text    not null,
    text         text    not null,
    primary key (promotion_id, position)
);

create table calibration (
    session_id   uuid primary key,
    name         text   not null,
    session_date date   not null,
    version      bigint not null
);
create index calibration_date on calibration (session_date);

create table calibration_change (
    session_id          uuid   not null,
    seq                 bigint not null,
    promotion_id        uuid   not null,
    recommendation_from text,
    recommendation_to   text   not null,
    recorded_at         timestamptz not null,
    actor               text,
    reason              text,
    primary key (session_id, seq)
);
create index calibration_change_promotion on calibration_change (promotion_id);
