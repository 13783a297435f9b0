-- Campaigns that were already active before taskings existed: instruct their posts as activation
-- does (one tasking per target country, for the embassy or consulate covering it, the first by
-- name; "all countries" stands for the UN member and observer states), counting from the issue
-- date; then let the live meetings logged so far deliver them (the earliest meeting is the
-- delivery, on its date, not before the instruction). No campaign has a minimum counterpart level
-- yet, so no delivery is below it. Taskings created by the application are left as they are.
insert into tasking (campaign_id, country_id, post_id, report_by, state, state_changed_at, below_minimum_level,
        version, created_at, created_by, updated_at, updated_by)
select c.id, t.country_id,
       (select p.id from post p join post_country pc on pc.post_id = p.id
         where pc.country_id = t.country_id and p.active = true and p.post_type <> 'MISSION'
         order by p.name, p.id fetch first 1 row only),
       c.deadline, 'INSTRUCTED', current_timestamp, false, 0, current_timestamp, 'system', current_timestamp, 'system'
from campaign c
join (select cc.campaign_id, cc.country_id from campaign_country cc
      union
      select a.id, k.id from campaign a cross join country k
       where a.all_countries = true and k.un_status in ('MEMBER', 'OBSERVER')) t on t.campaign_id = c.id
where c.status = 'ACTIVE'
  and not exists (select 1 from tasking x where x.campaign_id = c.id and x.country_id = t.country_id);

insert into tasking_state_change (tasking_id, campaign_id, country_id, from_state, to_state, effective_on, changed_at,
        changed_by)
select t.id, t.campaign_id, t.country_id, null, 'INSTRUCTED', least(c.issue_date, current_date), current_timestamp,
       'system'
from tasking t join campaign c on c.id = t.campaign_id
where not exists (select 1 from tasking_state_change s where s.tasking_id = t.id);

insert into tasking_delivery (meeting_id, tasking_id, meeting_date, below_minimum_level)
select m.id, t.id, m.meeting_date, false
from meeting m join tasking t on t.campaign_id = m.campaign_id and t.country_id = m.country_id
where m.deleted_at is null
  and not exists (select 1 from tasking_delivery d where d.meeting_id = m.id);

insert into tasking_state_change (tasking_id, campaign_id, country_id, from_state, to_state, effective_on, changed_at,
        changed_by)
select t.id, t.campaign_id, t.country_id, 'INSTRUCTED', 'DELIVERED',
       greatest((select min(d.meeting_date) from tasking_delivery d where d.tasking_id = t.id), c.issue_date),
       current_timestamp, 'system'
from tasking t join campaign c on c.id = t.campaign_id
where t.state = 'INSTRUCTED' and exists (select 1 from tasking_delivery d where d.tasking_id = t.id);

update tasking set state = 'DELIVERED',
       state_changed_at = current_timestamp,
       delivered_on = (select min(d.meeting_date) from tasking_delivery d where d.tasking_id = tasking.id),
       delivering_meeting_id = (select d.meeting_id from tasking_delivery d where d.tasking_id = tasking.id
                                 order by d.meeting_date, d.meeting_id fetch first 1 row only)
where state = 'INSTRUCTED' and exists (select 1 from tasking_delivery d where d.tasking_id = tasking.id);
