-- Live meetings per campaign, meeting date and overall response ('PENDING': none recorded yet).
-- The meetings list filtered by a campaign (and a response, and dates) finds where a deep page
-- starts from these rows, as the unfiltered list does from meeting_day_count (V24), and counts
-- itself from them: at ten million meetings a page in the middle of the largest campaign's list
-- stepped over half a million index entries (docs/performance.md). Kept by the meeting feature
-- (MeetingDays) in the transaction that logs, changes, deletes or restores a meeting. Coverage keeps
-- the same counts for the dashboard in a table of its own (V162): each feature reads its own tables.
-- Portable SQL: runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
create table meeting_campaign_day_count (
    campaign_id      bigint      not null,
    meeting_date     date        not null,
    overall_response varchar(20) not null,
    meetings         bigint      not null,
    constraint pk_meeting_campaign_day_count primary key (campaign_id, meeting_date, overall_response),
    constraint fk_meeting_campaign_day_count_campaign foreign key (campaign_id) references campaign (id),
    constraint ck_meeting_campaign_day_count_meetings check (meetings >= 0)
);

insert into meeting_campaign_day_count (campaign_id, meeting_date, overall_response, meetings)
select campaign_id, meeting_date, coalesce(overall_response, 'PENDING'), count(*)
from meeting
where deleted_at is null
group by campaign_id, meeting_date, coalesce(overall_response, 'PENDING');
