-- Global search on H2: each entry's folded words, found by word and then newest first.
create table search_term (
    term        varchar(40) not null,
    kind        varchar(20) not null,
    entry_date  date        not null,
    record_id   bigint      not null,
    primary key (kind, record_id, term)
);

create index ix_search_term_word on search_term (term, kind, entry_date desc, record_id desc);
