-- Labour files: one per worker, owned by worker-registry. No ID or phone numbers here yet (they come encrypted,
-- with a blind index, with the labour-file issue).
create table labour_file (
    id                    uuid primary key,
    version               bigint       not null,
    name                  varchar(100) not null,
    household_region      char(6)      not null,
    current_region        char(6),
    home_lat              double precision,
    home_lon              double precision,
    poverty_status        varchar(32)  not null,
    skills_and_wishes     jsonb        not null,
    expected_monthly_pay  numeric(10, 2),
    accepts_lower_pay     boolean      not null default false,
    available_from        date,
    registered_by         varchar(64)  not null,
    registered_at         timestamptz  not null,
    updated_at            timestamptz  not null
);
create index labour_file_household_region on labour_file (household_region);
