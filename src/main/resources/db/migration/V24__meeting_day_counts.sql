-- Live meetings per meeting date (issue 6; figures in docs/performance.md). The meetings list in date
-- order, unfiltered or filtered by dates only, finds where a deep page starts from these few thousand
-- rows (the running total of the days before it) and steps over that day's meetings only, instead of
-- over every meeting before the page; the same rows count the list. Kept by MeetingService in the
-- transaction that logs, re-dates, deletes or restores a meeting (MeetingDays).
create table meeting_day_count (
    meeting_date date   not null primary key,
    meetings     bigint not null,
    constraint ck_meeting_day_count_meetings check (meetings >= 0)
);

insert into meeting_day_count (meeting_date, meetings)
select meeting_date, count(*) from meeting where deleted_at is null group by meeting_date;
