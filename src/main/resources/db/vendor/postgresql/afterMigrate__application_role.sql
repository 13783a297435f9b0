-- PostgreSQL, run by Flyway after every migration run (a callback, not a versioned migration, so
-- that it also applies when app_role is set after the first start, and to tables later
-- migrations add). The application may run as a role of its own that owns nothing, while the
-- owner of the schema runs the migrations (config/application-postgres.properties:
-- spring.flyway.user and spring.flyway.placeholders.app_role). When app_role names that role, it
-- gets what the application needs and no more: on the audit trail only to read and append (no
-- update, delete or truncate; owning nothing, it cannot drop or switch off the trail's guard
-- either), on the chain's head only to read and move it, nothing on Flyway's history, and reading
-- and writing on every other table. With app_role empty (one account that owns and runs
-- everything) nothing is granted. Every statement can run again without harm.
do $$
declare
    app text := '${app_role}';
    here text := current_schema();
begin
    if app = '' then
        return;
    end if;
    execute format('grant usage on schema %I to %I', here, app);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', here, app);
    execute format('grant usage, select on all sequences in schema %I to %I', here, app);
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I',
                   here, app);
    execute format('alter default privileges in schema %I grant usage, select on sequences to %I', here, app);
    execute format('revoke all on audit_event from %I', app);
    execute format('grant select, insert on audit_event to %I', app);
    execute format('revoke all on audit_chain from %I', app);
    execute format('grant select, update on audit_chain to %I', app);
    if to_regclass(format('%I.flyway_schema_history', here)) is not null then
        execute format('revoke all on %I.flyway_schema_history from %I', here, app);
    end if;
end
$$;
