-- Facts about employers and hires that decide eligibility, learnt from employers.v1 and employment.v1.
create table employer_fact (
    employer_id     varchar(64) primary key,
    version         bigint      not null,
    region          char(6)     not null,
    sme             boolean     not null,
    helping_company boolean     not null,
    updated_at      timestamptz not null
);

create table employment_fact (
    employment_id            uuid primary key,
    version                  bigint         not null,
    worker_id                uuid           not null,
    employer_id              varchar(64)    not null,
    posting_id               uuid,
    household_region         char(6),
    work_region              char(6)        not null,
    start_date               date           not null,
    monthly_pay              numeric(12, 2) not null,
    migrant                  boolean        not null,
    job_type                 varchar(32),
    accident_insurance_cover numeric(12, 2),
    end_date                 date,
    updated_at               timestamptz    not null
);
create index employment_fact_worker on employment_fact (worker_id);

-- The policy catalogue of a province: append-only versions, each in effect from its date until a later one.
create table subsidy_policy (
    province       char(6)     not null,
    version        integer     not null,
    effective_from date        not null,
    document       jsonb       not null,
    set_by         varchar(64) not null,
    set_at         timestamptz not null,
    primary key (province, version)
);

-- Money a programme may spend in a region (county, prefecture or province) in a year; approvals use it up.
-- The check keeps it from ever being overspent, whatever the code above it does.
create table subsidy_budget (
    id        bigserial      primary key,
    province  char(6)        not null,
    programme varchar(32)    not null,
    region    char(6)        not null,
    year      integer        not null,
    amount    numeric(14, 2) not null,
    used      numeric(14, 2) not null default 0,
    unique (programme, region, year),
    check (used >= 0 and used <= amount)
);

create table claim (
    id                uuid primary key,
    seq               bigserial      not null unique,
    version           bigint         not null,
    programme         varchar(32)    not null,
    subject_key       varchar(160)   not null,
    status            varchar(24)    not null,
    claimant          varchar(64)    not null,
    claimant_role     varchar(16)    not null,
    -- the worker id, employer id or officer's region the claimant acts for
    claimant_ref      varchar(64),
    worker_id         uuid,
    employer_id       varchar(64),
    employment_id     uuid,
    period            varchar(7),
    amount_claimed    numeric(12, 2),
    amount            numeric(12, 2),
    evidence          jsonb          not null,
    region            char(6),
    household_region  char(6),
    policy_province   char(6),
    policy_version    integer,
    budget_year       integer,
    decision          jsonb,
    budget_id         bigint references subsidy_budget (id),
    payment_reference varchar(64),
    reason            varchar(500),
    submitted_at      timestamptz    not null,
    decided_at        timestamptz,
    paid_at           timestamptz,
    updated_at        timestamptz    not null
);
-- one live claim per programme and subject (a hire, a post and month, an employer's year, a student's year)
create unique index claim_one_per_subject on claim (programme, subject_key) where status not in ('REJECTED', 'REVERSED');
create index claim_waiting_worker on claim (worker_id) where status = 'WAITING_FOR_FACTS';
create index claim_waiting_employment on claim (employment_id) where status = 'WAITING_FOR_FACTS';
create index claim_waiting_employer on claim (employer_id) where status = 'WAITING_FOR_FACTS';
create index claim_region on claim (region, seq);

-- append-only: who did what to a claim, when, and the facts used
create table claim_audit (
    claim_id uuid        not null references claim (id),
    seq      integer     not null,
    at       timestamptz not null,
    actor    varchar(64) not null,
    action   varchar(32) not null,
    status   varchar(24) not null,
    detail   jsonb       not null,
    primary key (claim_id, seq)
);

-- Idempotency-Key of money-like writes, per caller: the first answer, replayed to a repeat
create table idempotency_key (
    caller          varchar(64)  not null,
    key             varchar(255) not null,
    request_hash    char(64)     not null,
    state           varchar(12)  not null,
    response_status integer,
    response_body   text,
    location        varchar(255),
    created_at      timestamptz  not null,
    primary key (caller, key)
);
