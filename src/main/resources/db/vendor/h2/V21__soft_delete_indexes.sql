-- H2: the single-column indexes on deleted_at (V8) are dropped. H2 cannot use them for
-- "deleted_at is not null" (the deleted-records views scan either way), but its planner takes
-- "deleted_at is null" for a selective condition and picked these indexes for nearly every query
-- over live meetings and counterparts, reading every row (measured in docs/performance.md).
-- PostgreSQL keeps them as partial indexes (see db/vendor/postgresql).
drop index ix_meeting_deleted;
drop index ix_counterpart_deleted;
