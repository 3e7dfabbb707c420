-- Stable-employment milestones: the day an employment record reached 3 and 6 months (announced on employment.v1).
alter table employment
    add column stayed_three_months_on date,
    add column stayed_six_months_on   date;
create index employment_milestones_due on employment (start_date) where stayed_six_months_on is null;
