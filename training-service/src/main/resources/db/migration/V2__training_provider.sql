-- Training providers, registered by their own staff (or an officer of their region) and PENDING until an officer of
-- their region verifies them: only a verified provider offers courses. Ids before registration existed were names
-- such as provider-kaili-vocational (courses keep them); registered providers get a uuid.
create table training_provider (
    id               varchar(64)   primary key,
    version          bigint        not null,
    name             varchar(200)  not null,
    credit_code      char(18)      not null unique,
    region           char(6)       not null,
    address          varchar(300),
    standing         varchar(16)   not null,
    standing_reason  varchar(500),
    standing_by      varchar(64),
    standing_at      timestamptz,
    registered_by    varchar(64)   not null,
    registered_at    timestamptz   not null,
    updated_at       timestamptz   not null
);
create index training_provider_region on training_provider (region);

-- The accounts that act for a provider, linked by the platform; kept when removed, as the record of who could act.
create table provider_account (
    id           uuid primary key,
    provider_id  varchar(64)   not null references training_provider (id),
    user_id      varchar(64)   not null,
    username     varchar(255),
    linked_by    varchar(64)   not null,
    linked_at    timestamptz   not null,
    removed_by   varchar(64),
    removed_at   timestamptz
);
create unique index provider_account_live_user on provider_account (user_id) where removed_at is null;
