-- Planned layoffs an officer records for an employer: the employer is flagged (LAYOFF) until an officer clears it.
create table layoff (
    id           uuid          primary key,
    employer_id  varchar(64)   not null,
    employer_region varchar(6) not null,
    planned_on   date          not null,
    headcount    integer       not null check (headcount > 0),
    reason       varchar(2000) not null,
    recorded_by  varchar(100)  not null,
    recorded_at  timestamptz   not null
);
create index layoff_of_employer on layoff (employer_id, recorded_at desc);
