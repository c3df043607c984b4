-- Saved growth models (read model of the read-models processor): one row per model, its inputs and who saved it when and why.
create table growth_model (
    id                 uuid primary key,
    name               text        not null,
    root_team_id       uuid,
    from_date          date,
    quarters           integer     not null,
    target_headcount   integer,
    hires_per_quarter  integer,
    attrition_per_year numeric     not null,
    promotion_per_year numeric     not null,
    span_of_control    integer     not null,
    saved_at           timestamptz not null,
    saved_by           text,
    reason             text
);
create index growth_model_saved_at on growth_model (saved_at desc);
