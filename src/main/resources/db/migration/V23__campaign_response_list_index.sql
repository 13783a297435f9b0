-- The meetings list filtered by campaign and response, often with a bureau too (issue 6; figures in
-- docs/performance.md). A bureau is a list of countries; H2 costs "country_id in (...)" as one
-- equality on ix_meeting_campaign_live's second column, chose that index, and read the campaign's
-- every entry. Here campaign and response are two leading equalities, so H2 prefers this index and
-- reads only the campaign's meetings with that response, checking the country in the index.
create index ix_meeting_list_response on meeting (campaign_id, overall_response, country_id, meeting_date, id,
    deleted_at);
