-- Live meetings per campaign and country (issue 6; figures in docs/performance.md). Coverage and
-- the dashboard read these few hundred rows per campaign instead of counting the campaign's
-- entries of the coverage index (93,000 for the largest campaign at a million meetings). Kept by
-- MeetingService in the transaction that logs, moves, deletes or restores a meeting (MeetingCounts).
create table campaign_country_count (
    campaign_id bigint not null,
    country_id  bigint not null,
    meetings    bigint not null,
    constraint pk_campaign_country_count primary key (campaign_id, country_id),
    constraint fk_campaign_country_count_campaign foreign key (campaign_id) references campaign (id),
    constraint fk_campaign_country_count_country foreign key (country_id) references country (id),
    constraint ck_campaign_country_count_meetings check (meetings >= 0)
);

insert into campaign_country_count (campaign_id, country_id, meetings)
select campaign_id, country_id, count(*) from meeting where deleted_at is null group by campaign_id, country_id;
