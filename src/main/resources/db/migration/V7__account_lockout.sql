-- Sign-in bookkeeping for the lockout rule: failed attempts in the current window, when the
-- window started, when the account was locked (it unlocks itself a set time later), and the
-- last successful sign-in. Portable SQL: runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

alter table app_user add column failed_attempts integer not null default 0;
alter table app_user add column first_failed_at timestamp with time zone;
alter table app_user add column locked_at timestamp with time zone;
alter table app_user add column last_sign_in_at timestamp with time zone;
