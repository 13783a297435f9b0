-- Global search on PostgreSQL: each entry's folded words as a tsvector with a GIN index, searched
-- with websearch_to_tsquery('simple', ...).
alter table search_entry add column terms tsvector not null default ''::tsvector;

create index ix_search_entry_terms on search_entry using gin (terms);

create index ix_search_entry_newest on search_entry (kind, entry_date desc nulls last, record_id desc);
