-- A personal calendar feed: one secret address per person, for subscribing from a calendar
-- application. Only the SHA-256 hash (hex) of the address's token is kept; the token itself is
-- shown to its owner once and never stored. A new address replaces the hash, so the old one stops
-- working at once; turning the feed off removes the row.
create table calendar_feed (
    user_id     bigint                   not null primary key,
    token_hash  varchar(64)              not null,
    created_at  timestamp with time zone not null,
    version     bigint                   not null,
    constraint fk_calendar_feed_user foreign key (user_id) references app_user (id),
    constraint uq_calendar_feed_token unique (token_hash)
);
