-- The version of its campaign's talking points a meeting delivered. Every meeting logged so far
-- delivered the first (and only) set of points.
alter table meeting add column points_version integer default 1 not null;
