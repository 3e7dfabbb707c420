-- The phone number's blind index (HMAC-SHA256, as the ID number's): a worker proves who they are with both. Files
-- registered before it existed are given theirs at start-up by PhoneIndexBackfill (the key is the service's).
alter table labour_file add column phone_index bytea;
create index labour_file_phone_index on labour_file (phone_index);

-- The accounts the platform linked to labour files: one live account per file and per Keycloak user; rows are kept
-- when unlinked, as the record of who could act as the worker.
create table labour_file_account (
    id          uuid primary key,
    worker_id   uuid          not null references labour_file (id),
    user_id     varchar(64)   not null,
    username    varchar(255),
    linked_by   varchar(64)   not null,
    linked_how  varchar(16)   not null,
    linked_at   timestamptz   not null,
    removed_by  varchar(64),
    removed_at  timestamptz
);
create unique index labour_file_account_live_user on labour_file_account (user_id) where removed_at is null;
create unique index labour_file_account_live_file on labour_file_account (worker_id) where removed_at is null;

-- One-time codes an officer of the household region hands over at a visit; kept as their SHA-256 only.
create table labour_file_link_code (
    id          uuid primary key,
    worker_id   uuid          not null references labour_file (id),
    code_hash   char(64)      not null unique,
    made_by     varchar(64)   not null,
    made_at     timestamptz   not null,
    expires_at  timestamptz   not null,
    used_by     varchar(64),
    used_at     timestamptz
);

-- Failed attempts to link by ID and phone number, counted per account and per file to limit guessing.
create table labour_file_link_attempt (
    user_id     varchar(64)   not null,
    worker_id   uuid,
    at          timestamptz   not null
);
create index labour_file_link_attempt_user on labour_file_link_attempt (user_id, at);
create index labour_file_link_attempt_file on labour_file_link_attempt (worker_id, at);
