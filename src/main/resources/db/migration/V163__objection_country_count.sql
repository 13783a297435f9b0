-- Live meetings per campaign, expected objection and country that raised the objection. The
-- dashboard's objections by bureau read these few rows per objection instead of joining the
-- campaign's raised objections to their meetings on every opening (docs/performance.md). Kept by
-- the meeting feature (ObjectionCounts) in the transaction that logs, changes, deletes or restores
-- a meeting; filled here from the live meetings. Portable SQL: runs unchanged on H2 (PostgreSQL
-- mode) and PostgreSQL.
create table objection_country_count (
    campaign_id  bigint not null,
    objection_id bigint not null,
    country_id   bigint not null,
    meetings     bigint not null,
    constraint pk_objection_country_count primary key (campaign_id, objection_id, country_id),
    constraint fk_objection_country_count_campaign foreign key (campaign_id) references campaign (id),
    constraint fk_objection_country_count_country foreign key (country_id) references country (id),
    constraint ck_objection_country_count_meetings check (meetings >= 0)
);

insert into objection_country_count (campaign_id, objection_id, country_id, meetings)
select m.campaign_id, mo.objection_id, m.country_id, count(*)
from meeting_objection mo
join meeting m on m.id = mo.meeting_id
where m.deleted_at is null
group by m.campaign_id, mo.objection_id, m.country_id;
