-- Where each worker's household is registered, learned from workers.v1: applications and hires need it (migrant or
-- local, which partner province follows the employment) without asking worker-registry at request time.
create table worker_home (
    worker_id        uuid primary key,
    version          bigint      not null,
    household_region char(6)     not null,
    current_region   char(6),
    updated_at       timestamptz not null
);

-- A worker's application to a posting: one per worker and posting.
create table application (
    id                uuid primary key,
    version           bigint       not null,
    posting_id        uuid         not null references posting (id),
    worker_id         uuid         not null,
    employer_id       varchar(64)  not null,
    household_region  char(6)      not null,
    fair_id           uuid,
    status            varchar(16)  not null,
    note              varchar(1000),
    offered_start     date,
    offered_pay       numeric(10, 2),
    applied_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    unique (posting_id, worker_id)
);
create index application_worker on application (worker_id);

-- Employment records: a hire through a posting, or one an officer recorded (arranged off the platform). Every change
-- takes the next feed position, so partner provinces page through changes in order.
create sequence employment_feed_position;
create table employment (
    id               uuid primary key,
    version          bigint         not null,
    worker_id        uuid           not null,
    employer_id      varchar(64)    not null,
    posting_id       uuid           references posting (id),
    application_id   uuid           references application (id),
    household_region char(6)        not null,
    work_region      char(6)        not null,
    start_date       date           not null,
    monthly_pay      numeric(10, 2) not null,
    migrant          boolean        not null,
    end_date         date,
    end_reason       varchar(200),
    recorded_by      varchar(64)    not null,
    hired_at         timestamptz    not null,
    updated_at       timestamptz    not null,
    feed_position    bigint         not null
);
create index employment_worker on employment (worker_id);
create index employment_employer on employment (employer_id);
create index employment_feed on employment (substr(household_region, 1, 2), feed_position);
