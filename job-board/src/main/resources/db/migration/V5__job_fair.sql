-- Job fairs, on site or online, organised by labour offices; the postings offered there. Intentions are applications
-- tagged with the fair.
create table job_fair (
    id          uuid primary key,
    name        varchar(200) not null,
    kind        varchar(16)  not null,
    region      char(6)      not null,
    starts_on   date         not null,
    ends_on     date         not null,
    organiser   varchar(64)  not null,
    created_at  timestamptz  not null,
    constraint job_fair_dates check (starts_on <= ends_on)
);
create table job_fair_posting (
    fair_id    uuid not null references job_fair (id),
    posting_id uuid not null references posting (id),
    primary key (fair_id, posting_id)
);
create index job_fair_posting_posting on job_fair_posting (posting_id);
