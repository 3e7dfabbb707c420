-- Employers, registered and verified by the labour offices of their region. The id is what employer HR accounts
-- carry as their employer_id claim.
create table employer (
    id                           uuid primary key,
    version                      bigint        not null,
    name                         varchar(200)  not null,
    credit_code                  char(18)      not null unique,
    region                       char(6)       not null,
    address                      varchar(300),
    lat                          double precision,
    lon                          double precision,
    industry                     varchar(100),
    sme                          boolean       not null,
    labour_input_base            boolean       not null,
    poverty_alleviation_workshop boolean       not null,
    helping_company              boolean       not null,
    registered_by                varchar(64)   not null,
    registered_at                timestamptz   not null,
    verified_by                  varchar(64),
    verified_at                  timestamptz,
    updated_at                   timestamptz   not null
);
create index employer_region on employer (region);
