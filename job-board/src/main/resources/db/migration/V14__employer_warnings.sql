-- Early warning: an employer flagged (wage arrears while such a case is open; churn and layoffs to come), its new
-- postings waiting for an officer's review and its open postings held while the flag stands. Kept once cleared.
create table employer_warning (
    id           bigserial     primary key,
    employer_id  varchar(64)   not null,
    reason       varchar(20)   not null,
    raised_at    timestamptz   not null,
    raised_by    varchar(100)  not null,
    cleared_at   timestamptz,
    cleared_by   varchar(100),
    clear_reason varchar(2000)
);
create unique index employer_warning_standing on employer_warning (employer_id, reason) where cleared_at is null;
