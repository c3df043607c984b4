-- Nothing rewrites history: a stored event is never updated, deleted or truncated away, whoever asks. REVOKE keeps
-- an application role that does not own the table from doing it; the triggers also stop the table's owner and a
-- superuser (the embedded database's user), whom no REVOKE can hold back. Inserting and reading stay as they were,
-- so commands, replays and projection rebuilds work unchanged.
revoke update, delete, truncate on domain_event_entry from public;
-- Whatever role was granted them before this migration (an application role given every privilege by default, say).
do $$
declare
    grantee record;
begin
    for grantee in select rolname from pg_roles where rolname <> current_user and not rolsuper and rolname not like 'pg\_%' loop
        execute format('revoke update, delete, truncate on domain_event_entry from %I', grantee.rolname);
    end loop;
end;
$$;

create function refuse_event_rewrite() returns trigger language plpgsql as $$
begin
    raise exception 'Stored events are never rewritten: % on % is refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger domain_event_entry_never_updated before update or delete on domain_event_entry
    for each row execute function refuse_event_rewrite();
create trigger domain_event_entry_never_truncated before truncate on domain_event_entry
    for each statement execute function refuse_event_rewrite();
