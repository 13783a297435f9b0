-- Live meetings per campaign, meeting date and overall response ('PENDING': none recorded yet).
-- The dashboard adds them up into meetings per week and per response: a row per day and response
-- that had meetings, some two thousand for a campaign of a year, instead of grouping the
-- campaign's meetings on every opening (933,467 for the largest campaign at ten million meetings;
-- docs/performance.md). Kept by coverage (CoverageCounts) in the transaction that logs, changes,
-- deletes or restores a meeting; filled here from coverage's facts of each live meeting. Portable
-- SQL: runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
create table campaign_day_response_count (
    campaign_id      bigint      not null,
    meeting_date     date        not null,
    overall_response varchar(20) not null,
    meetings         bigint      not null,
    constraint pk_campaign_day_response_count primary key (campaign_id, meeting_date, overall_response),
    constraint fk_campaign_day_response_count_campaign foreign key (campaign_id) references campaign (id),
    constraint ck_campaign_day_response_count_meetings check (meetings >= 0)
);

insert into campaign_day_response_count (campaign_id, meeting_date, overall_response, meetings)
select campaign_id, meeting_date, coalesce(overall_response, 'PENDING'), count(*)
from coverage_meeting
group by campaign_id, meeting_date, coalesce(overall_response, 'PENDING');
