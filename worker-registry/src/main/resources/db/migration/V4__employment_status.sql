-- Where the worker stands in work: set by officers, and by hires and ended employments from job-board.
alter table labour_file
    add column employment_status varchar(24) not null default 'UNEMPLOYED',
    add column current_employer  varchar(64),
    add column employed_since    date,
    add column employment_id     varchar(64);
create index labour_file_region_employment on labour_file (household_region, employment_status);
