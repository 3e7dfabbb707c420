-- Training completions, from training.v1: what a TRAINING subsidy claim is decided from.
create table training_fact (
    enrolment_id   uuid primary key,
    version        bigint      not null,
    worker_id      uuid        not null,
    course_id      uuid        not null,
    occupation_code varchar(16) not null,
    assessed_level varchar(16) not null,
    completed_on   date        not null,
    updated_at     timestamptz not null
);

alter table claim add column enrolment_id uuid;
create index claim_waiting_enrolment on claim (enrolment_id) where status = 'WAITING_FOR_FACTS';
