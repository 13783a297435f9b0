-- Coverage keeps what it needs of each live meeting in a table of its own, so that coverage and the
-- dashboard no longer read the meeting feature's tables: campaign, country, date and overall
-- response (null: pending). Kept by coverage (CoverageCounts) from the events the meeting service
-- publishes in the transaction that logs, changes, deletes or restores a meeting; a deleted meeting
-- has no row. Filled here from the live meetings, so that an existing database starts out exact.
create table coverage_meeting (
    meeting_id       bigint      not null primary key,
    campaign_id      bigint      not null,
    country_id       bigint      not null,
    meeting_date     date        not null,
    overall_response varchar(20)
);

insert into coverage_meeting (meeting_id, campaign_id, country_id, meeting_date, overall_response)
select id, campaign_id, country_id, meeting_date, overall_response from meeting where deleted_at is null;

-- Every per-campaign figure (meetings and last date per country, latest response, meetings per date
-- and response) reads only this index, never table rows; within a country it is in the order
-- "latest first", as ix_meeting_campaign_live (V20) was for the same figures.
create index ix_coverage_meeting_campaign on coverage_meeting (campaign_id, country_id, meeting_date desc,
    meeting_id desc, overall_response);
