-- H2: audit events can be inserted, never updated or deleted (PostgreSQL: see db/vendor/postgresql).
create trigger audit_event_no_update before update on audit_event
    for each row call 'org.outreachtracker.audit.AppendOnlyTrigger';
create trigger audit_event_no_delete before delete on audit_event
    for each row call 'org.outreachtracker.audit.AppendOnlyTrigger';
