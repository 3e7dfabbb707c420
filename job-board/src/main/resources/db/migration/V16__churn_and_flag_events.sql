-- Early warning on churn: a province's thresholds as policy data, next to its rights-case deadlines. An employer is
-- flagged (CHURN) when, of its hires that started within the look-back, at least the minimum number were hired and
-- the given share or more ended within the given days of their start.
alter table rights_policy
    add column churn_share_percent integer not null default 30 check (churn_share_percent between 1 and 100),
    add column churn_within_days   integer not null default 30 check (churn_within_days between 1 and 366),
    add column churn_minimum_hires integer not null default 5 check (churn_minimum_hires >= 1),
    add column churn_look_back_days integer not null default 180 check (churn_look_back_days between 1 and 1096);

-- an employer's flag events (laborlink.employer.flag-changed.v1) take their versions from here: they only grow
create sequence employer_flag_event_seq;
