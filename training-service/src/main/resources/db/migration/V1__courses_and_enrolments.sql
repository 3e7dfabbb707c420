-- What training-service knows of workers, from workers.v1: where they come from (targets, officers' scope), their
-- poverty status (targets by status) and skills (the gaps courses fill).
create table trainee (
    worker_id        uuid primary key,
    version          bigint      not null,
    household_region char(6)     not null,
    poverty_status   varchar(32) not null,
    skills           jsonb       not null,
    home_lat         double precision,
    home_lon         double precision,
    updated_at       timestamptz not null
);

-- What a posting requires, from jobs.v1, for skill-gap suggestions.
create table posting_skills (
    posting_id      uuid primary key,
    version         bigint      not null,
    occupation_code varchar(16) not null,
    required        jsonb       not null,
    updated_at      timestamptz not null
);

create table course (
    id              uuid primary key,
    version         bigint         not null,
    provider_id     varchar(64)    not null,
    title           varchar(200)   not null,
    occupation_code varchar(16)    not null,
    skills          jsonb          not null,
    certifies_level varchar(16)    not null,
    kind            varchar(16)    not null,
    mode            varchar(16)    not null,
    region          char(6)        not null,
    lat             double precision,
    lon             double precision,
    starts_on       date           not null,
    ends_on         date           not null,
    sessions        integer        not null,
    capacity        integer        not null,
    enrolled        integer        not null default 0,
    cost            numeric(10, 2) not null,
    free            boolean        not null,
    employer_id     varchar(64),
    posting_id      uuid,
    status          varchar(16)    not null,
    created_by      varchar(64)    not null,
    created_at      timestamptz    not null,
    updated_at      timestamptz    not null,
    -- never more places taken than the course has, whatever the code above does
    check (enrolled >= 0 and enrolled <= capacity)
);
create index course_search on course (occupation_code, region);

create table enrolment (
    id                 uuid primary key,
    version            bigint      not null,
    course_id          uuid        not null references course (id),
    worker_id          uuid        not null,
    household_region   char(6)     not null,
    poverty_status     varchar(32) not null,
    status             varchar(16) not null,
    waiting_position   bigint,
    sessions_attended  integer     not null default 0,
    assessed_level     varchar(16),
    certificate_number varchar(64),
    reason             varchar(500),
    enrolled_by        varchar(64) not null,
    enrolled_at        timestamptz not null,
    placed_at          timestamptz,
    ended_at           timestamptz,
    updated_at         timestamptz not null,
    unique (course_id, worker_id)
);
create sequence enrolment_waiting_position;
create index enrolment_waiting on enrolment (course_id, waiting_position) where status = 'WAITING';
create index enrolment_worker on enrolment (worker_id);
create index enrolment_home on enrolment (household_region);

create table attendance (
    enrolment_id uuid        not null references enrolment (id),
    session      integer     not null,
    attended_on  date        not null,
    recorded_by  varchar(64) not null,
    primary key (enrolment_id, session)
);

-- Trainee targets per region (county, prefecture or province) and year, set by its officers.
create table training_target (
    region     char(6)     not null,
    year       integer     not null,
    target     integer     not null check (target > 0),
    set_by     varchar(64) not null,
    set_at     timestamptz not null,
    primary key (region, year)
);
