-- The audit trail's hash chain (org.outreachtracker.audit.AuditSeal). Each event gets its number
-- in the chain, the seal of the event before it, and its own seal: SHA-256 over the previous seal
-- and the event's fields. audit_chain holds the chain's head, the one row every append locks, so
-- that events written by every node form one chain. Events already there are sealed by V46.
alter table audit_event add column seq bigint;
alter table audit_event add column prev_hash varchar(64);
alter table audit_event add column hash varchar(64);
create unique index ux_audit_event_seq on audit_event (seq);

create table audit_chain (
    id        integer     not null primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null,
    constraint ck_audit_chain_single check (id = 1)
);
insert into audit_chain (id, last_seq, last_hash)
    values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
