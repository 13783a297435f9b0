-- How often each reaction met each talking point in live meetings (issue 6; figures in
-- docs/performance.md). The dashboard's talking point × reaction matrix reads these few rows per
-- campaign instead of counting every raised point of the campaign (280,000 index entries for the
-- largest campaign at a million meetings). Kept by MeetingService in the transaction that logs,
-- changes, deletes or restores a meeting (PointReactions).
create table point_reaction_count (
    talking_point_id bigint      not null,
    reaction         varchar(20) not null,
    meetings         bigint      not null,
    constraint pk_point_reaction_count primary key (talking_point_id, reaction),
    constraint fk_point_reaction_count_point foreign key (talking_point_id) references talking_point (id),
    constraint ck_point_reaction_count_meetings check (meetings >= 0)
);

insert into point_reaction_count (talking_point_id, reaction, meetings)
select mp.talking_point_id, mp.reaction, count(*)
from meeting_point mp join meeting m on m.id = mp.meeting_id
where m.deleted_at is null
group by mp.talking_point_id, mp.reaction;
