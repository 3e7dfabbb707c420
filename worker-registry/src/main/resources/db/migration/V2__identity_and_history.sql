-- Identity: ID and phone numbers only encrypted (AES-GCM, row-bound), found by a keyed hash (blind index).
-- Files set up before identity was recorded keep these empty; the API requires them for new files.
alter table labour_file
    add column id_number_cipher bytea,
    add column id_number_index  bytea,
    add column phone_cipher     bytea,
    add column birth_date       date,
    add column sex              varchar(8);
create unique index labour_file_id_number on labour_file (id_number_index) where id_number_index is not null;

-- Append-only history: who changed which fields of a file, from what to what, at which version.
create table labour_file_change (
    id         bigserial primary key,
    file_id    uuid        not null references labour_file (id),
    version    bigint      not null,
    changed_by varchar(64) not null,
    changed_at timestamptz not null,
    changes    jsonb       not null,
    unique (file_id, version)
);
