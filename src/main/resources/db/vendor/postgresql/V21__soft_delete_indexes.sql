-- PostgreSQL: the indexes on deleted_at (V8) serve only the deleted-records views, so they hold the
-- deleted rows only (H2, which has no partial indexes, drops them: see db/vendor/h2).
drop index ix_meeting_deleted;
create index ix_meeting_deleted on meeting (deleted_at) where deleted_at is not null;
drop index ix_counterpart_deleted;
create index ix_counterpart_deleted on counterpart (deleted_at) where deleted_at is not null;
