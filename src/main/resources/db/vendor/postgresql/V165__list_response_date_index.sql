-- PostgreSQL: the meetings list filtered by a campaign, a response and a bureau (a set of
-- countries), newest first. With ix_meeting_list_response (V23: campaign, response, country, date)
-- PostgreSQL read every match and sorted them for each page: at ten million meetings 64-69 ms for
-- a page in the middle of the largest campaign's list (docs/performance.md). In this index the
-- campaign's meetings with one response are in date order, with the country and the deletion in
-- it, so a page is read in list order from the index alone, from the nearer end. H2 keeps the
-- plans measured for it (V23) and gets nothing here: see db/vendor/h2.
create index ix_meeting_list_response_date on meeting (campaign_id, overall_response, meeting_date, id)
    include (country_id, deleted_at);
