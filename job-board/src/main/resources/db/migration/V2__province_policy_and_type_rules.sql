-- Employment policy numbers per province, as data (never literals in code). Officers' admins change them through
-- PUT /api/v1/policies/{province}. Seeded with: the caring-job basic pay floor of 4,500 yuan a month the east-west
-- cooperation reports name; each province's first-tier monthly minimum wage as published around 2024 (check and
-- update before relying on it); the national poverty line of 4,000 yuan a year as a monthly income (333.33); the
-- 300,000 yuan accident insurance cover a public-welfare post carries; temporary posts of at least 3 months.
create table province_policy (
    province                        char(6)        primary key,
    caring_job_pay_floor            numeric(10, 2) not null,
    minimum_monthly_wage            numeric(10, 2) not null,
    poverty_line_monthly_income     numeric(10, 2) not null,
    public_welfare_insurance_cover  numeric(12, 2) not null,
    temporary_post_minimum_months   integer        not null,
    updated_by                      varchar(64)    not null,
    updated_at                      timestamptz    not null
);
insert into province_policy (province, caring_job_pay_floor, minimum_monthly_wage, poverty_line_monthly_income,
                             public_welfare_insurance_cover, temporary_post_minimum_months, updated_by, updated_at)
select province, 4500.00, wage, 333.33, 300000.00, 3, 'seed', now()
from (values ('110000', 2420), ('120000', 2320), ('130000', 2200), ('140000', 2020), ('150000', 2270),
             ('210000', 2100), ('220000', 2120), ('230000', 2080), ('310000', 2690), ('320000', 2490),
             ('330000', 2490), ('340000', 2060), ('350000', 2030), ('360000', 2000), ('370000', 2200),
             ('410000', 2100), ('420000', 2210), ('430000', 2100), ('440000', 2500), ('450000', 1990),
             ('460000', 2010), ('500000', 2100), ('510000', 2100), ('520000', 1890), ('530000', 1990),
             ('540000', 2100), ('610000', 2160), ('620000', 2020), ('630000', 1880), ('640000', 2050),
             ('650000', 1900)) as seed (province, wage);

-- What a posting may ask of applicants and the terms its type's rules look at.
alter table posting
    add column requires_experience      boolean not null default false,
    add column min_education            varchar(24),
    add column age_min                  smallint,
    add column age_max                  smallint,
    add column end_date                 date,
    add column accident_insurance_cover numeric(12, 2);

-- A posting expires by itself at an instant: the end of its expiry date in China (UTC+8) unless the employer
-- names an earlier moment (an on-site fair's closing time).
alter table posting add column expires_at timestamptz;
update posting set expires_at = (expires_on + 1)::timestamp at time zone 'Asia/Shanghai';
alter table posting alter column expires_at set not null;
create index posting_open_expiry on posting (expires_at) where status = 'OPEN';
