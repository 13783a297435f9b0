-- PostgreSQL: each kind's words in an index of their own, in place of one index over every kind.
-- A search reads the word's entries of the kind it looks in and no others: at ten million meetings
-- the one index held "ministry" for 4.2 million entries, and finding that no commitment holds it
-- meant reading them all (2 s), or reading all 500,000 commitments (4 s). Queries name the kind as
-- a literal so the planner can use these (search/PostgresFullText).
-- At ten million meetings building them took 150 s, during which search_entry takes no writes. To
-- keep that out of the start-up, an administrator may build them beforehand with the same
-- statements and "create index concurrently" while the application runs: those built already are
-- left as they are here.
set local maintenance_work_mem = '256MB';

create index if not exists ix_search_entry_terms_meeting on search_entry using gin (terms) where kind = 'MEETING';
create index if not exists ix_search_entry_terms_counterpart on search_entry using gin (terms) where kind = 'COUNTERPART';
create index if not exists ix_search_entry_terms_follow_up on search_entry using gin (terms) where kind = 'FOLLOW_UP';
create index if not exists ix_search_entry_terms_commitment on search_entry using gin (terms) where kind = 'COMMITMENT';
create index if not exists ix_search_entry_terms_campaign on search_entry using gin (terms) where kind = 'CAMPAIGN';

drop index if exists ix_search_entry_terms;
