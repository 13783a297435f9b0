-- One row the readiness probe updates: a node whose database refuses writes reports not ready.
-- The id's check constraint is of the kind (a value list) that H2 2.4.240 stopped evaluating once
-- the connection that created it had closed, so the probe fails the way every save failed then.
create table health_probe (
    id          integer primary key,
    probed_at   timestamp with time zone not null,
    probes      bigint not null,
    constraint ck_health_probe_id check (id in (1))
);
insert into health_probe (id, probed_at, probes) values (1, current_timestamp, 0);
