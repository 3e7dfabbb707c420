-- Rights protection: complaints about one employment record, handled by the officers of its work region, with an
-- append-only trail and deadlines from the work province's policy (calendar time).
create table rights_policy (
    province          varchar(6)   primary key,
    acknowledge_within_seconds bigint not null check (acknowledge_within_seconds > 0),
    resolve_within_seconds bigint not null check (resolve_within_seconds > 0),
    updated_by        varchar(100) not null,
    updated_at        timestamptz  not null
);

create table rights_case (
    id                uuid           primary key,
    version           bigint         not null,
    employment_id     uuid           not null references employment (id),
    employer_id       varchar(64)    not null,
    worker_id         uuid           not null,
    household_region  varchar(6)     not null,
    work_region       varchar(6)     not null,
    case_type         varchar(30)    not null,
    status            varchar(30)    not null,
    description       varchar(4000)  not null,
    amount_claimed    numeric(12, 2),
    amount_recovered  numeric(12, 2),
    outcome           varchar(4000),
    filed_by          varchar(100)   not null,
    filed_as          varchar(20)    not null,
    filed_at          timestamptz    not null,
    acknowledge_by    timestamptz    not null,
    resolve_by        timestamptz    not null,
    acknowledged_at   timestamptz,
    closed_at         timestamptz
);
create index rights_case_of_work_region on rights_case (work_region, filed_at desc);
create index rights_case_of_home_region on rights_case (household_region, filed_at desc);
create index rights_case_of_employer on rights_case (employer_id, filed_at desc);
create index rights_case_of_worker on rights_case (worker_id, filed_at desc);

create table rights_case_step (
    id               bigserial      primary key,
    case_id          uuid           not null references rights_case (id),
    action           varchar(30)    not null,
    status_after     varchar(30)    not null,
    note             varchar(4000),
    amount_recovered numeric(12, 2),
    taken_by         varchar(100)   not null,
    taken_at         timestamptz    not null
);
create index rights_case_step_of_case on rights_case_step (case_id, id);

-- the trail is append-only: no step is changed or taken back
create function rights_case_step_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'rights_case_step is append-only';
end $$;
create trigger rights_case_step_append_only before update or delete on rights_case_step
    for each row execute function rights_case_step_append_only();
