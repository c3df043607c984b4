-- Reports (processing group "reports", rebuilt on its own): every dated fact the reports fold, kept apart from the
-- live read models so that a report's tables can be dropped and rebuilt without touching anything else.

-- One field a team's or person's event sets from a date: kind T (team: active, name, parent_id, lead_id) or
-- P (person: hired, team_id, manager_id, level, left).
create table report_change (
    subject_id uuid        not null,
    kind       char(1)     not null,
    seq        bigint      not null,
    valid_from date        not null,
    field      varchar(20) not null,
    value      text,
    primary key (subject_id, seq, field)
);
create index report_change_from on report_change (valid_from);

-- The levels and tracks of the latest published version of every ladder.
create table report_level (
    ladder_code varchar(200) not null,
    level_code  varchar(200) not null,
    title       varchar(200),
    tracks      text,
    ord         integer      not null,
    primary key (ladder_code, level_code)
);

create table report_track (
    ladder_code varchar(200) not null,
    track_code  varchar(200) not null,
    name        varchar(200),
    primary key (ladder_code, track_code)
);

-- Positions: what each was opened for, and every status it took from a date.
create table report_position (
    position_id uuid primary key,
    team_id     uuid not null,
    level       text,
    title       text,
    opened_on   date not null
);

create table report_position_status (
    position_id uuid   not null,
    seq         bigint not null,
    valid_from  date   not null,
    status      varchar(20) not null,
    primary key (position_id, seq)
);
