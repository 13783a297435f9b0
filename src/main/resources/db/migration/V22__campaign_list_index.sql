-- The campaign's meetings list index narrowed (issue 6; figures in docs/performance.md). With every
-- filter column in it (V20) it was wider than ix_meeting_campaign_live, and H2, which costs the two
-- alike for "campaign_id = ?" and prefers the narrower index, read a campaign's list from the coverage
-- index and sorted the whole campaign for every page. Narrower than the coverage index, this one is
-- chosen again, and a page is read in list order; the response filter is still checked in the index.
drop index ix_meeting_list_campaign;
create index ix_meeting_list_campaign on meeting (campaign_id, meeting_date, id, deleted_at, overall_response);
