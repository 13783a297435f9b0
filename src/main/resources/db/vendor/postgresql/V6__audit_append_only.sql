-- PostgreSQL: audit events can be inserted, never updated or deleted (H2: see db/vendor/h2).
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'Audit events are append-only: % refused', tg_op;
end
$$;

create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
