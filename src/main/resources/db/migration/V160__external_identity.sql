-- Accounts whose people sign in through the ministry's identity provider (OpenID Connect): the
-- provider (its issuer) and the person's subject there, which never changes, name the account at
-- each sign-in. One provider identity per account, and each identity names one account. Such an
-- account has no password anyone knows. Portable SQL: runs unchanged on H2 (PostgreSQL mode) and
-- PostgreSQL.
create table app_user_external_identity (
    user_id    bigint                   not null,
    issuer     varchar(500)             not null,
    subject    varchar(255)             not null,
    linked_at  timestamp with time zone not null,
    constraint pk_app_user_external_identity primary key (user_id),
    constraint uq_app_user_external_identity unique (issuer, subject),
    constraint fk_app_user_external_identity_user foreign key (user_id) references app_user (id)
);
