-- Succession plans (read models of the read-models processor): one row per person with a plan, and its successors.
create table pipeline_succession (
    person_id      uuid primary key,
    risk           text   not null,
    effective_date date   not null,
    recorded_at    timestamptz not null,
    actor          text,
    reason         text,
    version        bigint not null
);
create index pipeline_succession_risk on pipeline_succession (risk);

create table pipeline_successor (
    person_id    uuid    not null,
    ordinal      integer not null,
    successor_id uuid    not null,
    readiness    text    not null,
    primary key (person_id, ordinal)
);

-- Command side: the candidate whose acceptance holds a position, so that a second candidate cannot accept it too.
alter table pipeline_position_rule add column accepted_candidate uuid;
update pipeline_position_rule r set accepted_candidate = c.candidate_id
  from pipeline_candidate c
 where c.position_id = r.position_id and c.stage = 'ACCEPTED';
