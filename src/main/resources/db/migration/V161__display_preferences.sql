-- Each person's display preferences: the language of the interface ("fr") and the time zone
-- times are shown in ("Europe/Paris"). Either may be empty: the browser's is used. Stored times
-- stay in UTC. Portable SQL: runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
alter table app_user add column language varchar(8);
alter table app_user add column time_zone varchar(64);
