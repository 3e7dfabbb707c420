-- The transcript (issue 20): a worker's poverty status as worker-registry last announced it, and on each employment
-- record the status at its hire, so the figures say how many registered-poor workers were employed. Records from
-- before this migration have none (reported as UNKNOWN).
alter table worker_home add column poverty_status varchar(24);
alter table employment add column poverty_status varchar(24);

-- a destination's employment figures (by work region) and an origin's (by household region) for a period, read from
-- the indexes alone
create index employment_work_region on employment (work_region bpchar_pattern_ops, start_date)
    include (end_date, household_region, poverty_status);
create index employment_household_region on employment (household_region bpchar_pattern_ops, start_date)
    include (end_date, work_region, poverty_status);

-- Campaigns (Spring Breeze, 春风行动): fairs grouped over dates and regions (a JSON list of division codes),
-- counting an employer or a worker once.
create table campaign (
    id               uuid primary key,
    name             varchar(200) not null,
    starts_on        date         not null,
    ends_on          date         not null,
    regions          jsonb        not null,
    organiser        varchar(64)  not null,
    organiser_region char(6)      not null,
    created_at       timestamptz  not null,
    constraint campaign_dates check (starts_on <= ends_on)
);

-- A fair belongs to at most one campaign; it records which office organised it (a fair may be held in a region the
-- office helps, a cooperation fair).
alter table job_fair add column campaign_id uuid references campaign (id);
alter table job_fair add column organiser_region char(6);
update job_fair set organiser_region = region where organiser_region is null;
alter table job_fair alter column organiser_region set not null;
create index job_fair_campaign on job_fair (campaign_id) where campaign_id is not null;
create index job_fair_region_dates on job_fair (region bpchar_pattern_ops, starts_on);
create index application_fair on application (fair_id) where fair_id is not null;
