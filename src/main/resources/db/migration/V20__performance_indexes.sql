-- Performance at a million meetings (issue 6; the figures before and after are in docs/performance.md).

-- Coverage and the dashboard: every per-campaign aggregate over meetings (meetings per country,
-- last meeting, latest response, meetings per date and per response) reads only this index, never
-- table rows; within a country it is in the order "latest first".
create index ix_meeting_campaign_live on meeting (campaign_id, country_id, meeting_date desc, id desc,
    overall_response, deleted_at);

-- The meetings list in its default order (newest first), unfiltered or by campaign: the index order
-- is the list order, so a page is read in order and a deep page skips index entries, not rows; the
-- columns the list filters on are in the index too, so filtering needs no table rows.
create index ix_meeting_list on meeting (meeting_date, id, deleted_at, campaign_id, country_id, post_id,
    overall_response, reported_by_id);
create index ix_meeting_list_campaign on meeting (campaign_id, meeting_date, id, deleted_at, country_id, post_id,
    overall_response, reported_by_id);
-- Superseded by ix_meeting_list, which starts with the same column.
drop index ix_meeting_date;

-- Counting the deleted meetings (to count the live ones without reading them all): a deleted meeting
-- records who deleted it, the constraint makes "deleted_by is set" mean "deleted", and with the
-- unset values first, "deleted_by >= ''" reads only the deleted meetings' entries.
alter table meeting add constraint ck_meeting_deleted_by check ((deleted_at is null) = (deleted_by is null));
create index ix_meeting_deleted_by on meeting (deleted_by nulls first);
