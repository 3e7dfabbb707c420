-- Officers' and admins' accounts the platform created in Keycloak, with who created them: an admin of a region
-- containing theirs. The region is set by the platform, never typed into Keycloak.
create table office_account (
    user_id     varchar(64)   primary key,
    username    varchar(255)  not null,
    email       varchar(255)  not null,
    role        varchar(16)   not null,
    region      char(6)       not null,
    created_by  varchar(64)   not null,
    created_at  timestamptz   not null
);
create index office_account_region on office_account (region);

-- Partner provinces' clients the platform created, and the last rotation of each one's secret (never the secret).
create table partner_client (
    client_id   varchar(64)   primary key,
    province    char(6)       not null,
    name        varchar(200)  not null,
    created_by  varchar(64)   not null,
    created_at  timestamptz   not null,
    rotated_by  varchar(64),
    rotated_at  timestamptz
);
create index partner_client_province on partner_client (province);
