-- The positions and promotion cases the reports fold keep when each fact was recorded, so that the positions and
-- promotions reports can be asked "as Cadre knew it at an instant" like the organisation's (V70). Planning's
-- objective_change has kept recorded_at from its first version.

-- Each status a position took, with the instant it was recorded.
alter table report_position_status add column recorded_at timestamptz not null default now();
alter table report_position_status alter column recorded_at drop default;

-- Each fact about a promotion case: NOMINATED (with the person and the target level), IN_CALIBRATION, APPROVED or
-- DENIED (with both again), WITHDRAWN; from its date, recorded at its instant.
create table report_promotion_status (
    promotion_id uuid        not null,
    seq          bigint      not null,
    person_id    uuid,
    target_level text,
    valid_from   date        not null,
    status       varchar(20) not null,
    recorded_at  timestamptz not null,
    primary key (promotion_id, seq)
);

-- The reports' processing group starts again without a token and replays every stored event (as V8 did for the live
-- read models), so every row, the positions' record times and the promotion cases included, is written from the event
-- store by the projection itself: the same rows a rebuild gives.
delete from token_entry where processor_name = 'reports';
truncate report_change, report_level, report_track, report_position, report_position_status, report_promotion_status;
