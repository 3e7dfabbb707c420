-- Employers stand PENDING until an officer of their region verifies (or refuses) them; a verified employer may be
-- suspended, with the reason recorded. Only a VERIFIED employer publishes postings.
alter table employer add column standing varchar(16);
update employer set standing = case when verified_at is null then 'PENDING' else 'VERIFIED' end;
alter table employer alter column standing set not null;
alter table employer add column standing_reason varchar(500);
alter table employer add column standing_by varchar(64);
alter table employer add column standing_at timestamptz;

-- The HR accounts of an employer: who links them (the platform, on registration or an accepted invitation) and who
-- removed them: the audit trail of who may act for the employer. A Keycloak user acts for one employer at a time.
create table employer_account (
    id            uuid primary key,
    employer_id   uuid          not null references employer (id),
    user_id       varchar(64)   not null,
    username      varchar(255),
    email         varchar(255),
    account_admin boolean       not null,
    linked_by     varchar(64)   not null,
    linked_at     timestamptz   not null,
    removed_by    varchar(64),
    removed_at    timestamptz
);
create unique index employer_account_linked_user on employer_account (user_id) where removed_at is null;
create index employer_account_employer on employer_account (employer_id);

-- Invitations to act for an employer: the code (shown once to the inviter, or mailed as a link) is kept only as its
-- SHA-256; one use, until it expires.
create table employer_invitation (
    id            uuid primary key,
    employer_id   uuid          not null references employer (id),
    email         varchar(255),
    phone         varchar(20),
    code_hash     char(64)      not null unique,
    account_admin boolean       not null,
    made_by       varchar(64)   not null,
    made_at       timestamptz   not null,
    expires_at    timestamptz   not null,
    accepted_by   varchar(64),
    accepted_at   timestamptz
);
create index employer_invitation_employer on employer_invitation (employer_id);
