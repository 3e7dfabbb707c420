-- House-to-house verification of labour files by county teams.
create table verification_visit (
    id          uuid primary key,
    file_id     uuid         not null references labour_file (id),
    visited_on  date         not null,
    outcome     varchar(16)  not null,
    corrections varchar(2000),
    notes       varchar(2000),
    officer     varchar(64)  not null,
    recorded_at timestamptz  not null
);
create index verification_visit_file on verification_visit (file_id, visited_on desc);

alter table labour_file
    add column last_verified_on date,
    add column last_verified_by varchar(64);
create index labour_file_region_verified on labour_file (household_region, last_verified_on);
