-- Postings, owned by job-board. Money in yuan.
create table posting (
    id              uuid primary key,
    version         bigint        not null,
    employer_id     varchar(64)   not null,
    title           varchar(200)  not null,
    occupation_code varchar(16)   not null,
    job_type        varchar(32)   not null,
    work_region     char(6)       not null,
    lat             double precision,
    lon             double precision,
    pay_min         numeric(10, 2) not null,
    pay_max         numeric(10, 2) not null,
    headcount       integer       not null,
    places_left     integer       not null,
    requirements    jsonb         not null,
    accommodation   boolean       not null default false,
    meals           boolean       not null default false,
    transport       boolean       not null default false,
    start_date      date,
    expires_on      date          not null,
    status          varchar(16)   not null,
    published_at    timestamptz,
    closed_at       timestamptz,
    created_by      varchar(64)   not null,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    constraint posting_pay_range check (pay_min <= pay_max),
    constraint posting_places check (places_left between 0 and headcount)
);
create index posting_employer on posting (employer_id);
create index posting_open_region on posting (work_region) where status = 'OPEN';
