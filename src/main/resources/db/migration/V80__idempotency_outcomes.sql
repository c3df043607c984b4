-- An idempotent request's claim names itself (claim_id); the commands it sends carry that id, and the transaction that
-- stores their events also stores their outcome on the claim. A retry after a failure that came after the commit thus
-- learns the outcome instead of recording the change twice, and a claim whose request died before committing
-- anything can be taken over once it is stale.
alter table idempotent_request
    add column claim_id        uuid,
    add column outcome_id      uuid,
    add column outcome_version bigint,
    add column outcome_created boolean;
create unique index idempotent_request_claim on idempotent_request (claim_id);
