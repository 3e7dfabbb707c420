-- Facts about workers that decide eligibility, learnt from workers.v1 (never typed in by a claimant).
create table worker_fact (
    worker_id        uuid primary key,
    version          bigint      not null,
    household_region char(6)     not null,
    poverty_status   varchar(32) not null,
    updated_at       timestamptz not null
);
