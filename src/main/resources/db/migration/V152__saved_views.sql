-- The filters each person last chose on a page that keeps them (the coverage map, the dashboard),
-- so the page opens as they left it, also after signing in again. filters is the query string of
-- the page's address ("campaign=12&bureau=AF"); the page reads it as it reads its address, so a
-- value that no longer fits (a campaign that is gone) is ignored there. One row per person and
-- page; choosing the defaults again removes it. page holds the name of a SavedPage; it has no
-- CHECK constraint on purpose (H2 2.4.240 breaks such constraints once a pooled connection retires).
create table saved_view (
    user_id   bigint                   not null,
    page      varchar(40)              not null,
    filters   varchar(1000)            not null,
    saved_at  timestamp with time zone not null,
    constraint pk_saved_view primary key (user_id, page),
    constraint fk_saved_view_user foreign key (user_id) references app_user (id)
);
