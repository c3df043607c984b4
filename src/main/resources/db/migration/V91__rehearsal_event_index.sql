-- A rehearsal (a scenario tried on the live organisation, always rolled back) appends events like any command. Drawn
-- from the live sequence, their global indexes would be holes in the committed log once rolled back, and every
-- tracking processor waits on a hole until it times out: a plan of 200 changes left 200 holes per view of it. A
-- transaction that says it rehearses (set local cadre.rehearsal = 'on') takes its indexes from a sequence of negative
-- numbers instead, which no committed event ever holds.
create sequence rehearsal_event_index increment by -1 minvalue -9223372036854775807 maxvalue -1 start with -1 cycle;

create function next_event_index() returns bigint language sql volatile as $$
    select case when current_setting('cadre.rehearsal', true) = 'on'
                then nextval('rehearsal_event_index')
                else nextval('domain_event_entry_global_index_seq') end
$$;

alter table domain_event_entry alter column global_index set default next_event_index();
