-- The command side's own record of which position each candidate is for, so that the command bus judges a command
-- about a candidate on the scope of the position's team (product.md §7.5) without loading the candidate. Filled for
-- the candidates recorded before it from the read model, which holds the same pairs.
create table pipeline_candidate_rule (
    candidate_id uuid primary key,
    position_id  uuid not null
);

insert into pipeline_candidate_rule (candidate_id, position_id)
select candidate_id, position_id from pipeline_candidate;
