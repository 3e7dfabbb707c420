-- More of what the labour office records: the household, the year the poverty status was set, disability,
-- education. (Skill certificate numbers and training wishes live in the skills_and_wishes document.)
alter table labour_file
    add column household_id        varchar(32),
    add column poverty_status_year smallint,
    add column disability          boolean not null default false,
    add column education_level     varchar(24);
