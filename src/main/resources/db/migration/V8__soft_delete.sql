-- Deleting a meeting or a counterpart only hides it (deleted_at); who deleted it is kept too.
alter table meeting add column deleted_by varchar(100);
alter table counterpart add column deleted_by varchar(100);
create index ix_meeting_deleted on meeting (deleted_at);
create index ix_counterpart_deleted on counterpart (deleted_at);
