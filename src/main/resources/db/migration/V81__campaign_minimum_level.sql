-- The lowest counterpart level headquarters expects a post to deliver a campaign's points to
-- (optional; the constants of counterpart levels). A delivery where every counterpart met is below
-- it is flagged on the meeting and on the post's tasking.
alter table campaign add column minimum_level varchar(30);
