-- Headquarters can issue a revised set of talking points during a campaign: each point belongs to
-- one version of its campaign's points. Every point so far belongs to the first.
alter table talking_point add column points_version integer default 1 not null;
create index ix_talking_point_version on talking_point (campaign_id, points_version, position);
