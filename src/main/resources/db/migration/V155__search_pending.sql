-- Records saved while H2's word index is being built after a large fill of the search index:
-- their words are written once the index is there (see WordTableFullText). Unused on PostgreSQL.
create table search_pending (
    kind       varchar(20) not null,
    record_id  bigint      not null,
    primary key (kind, record_id)
);
