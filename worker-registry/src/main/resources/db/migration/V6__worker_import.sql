-- Bulk imports of labour files (partner provinces, county offices). The upload waits on the receiving instance's
-- disk; progress is committed with each batch of files, so a restarted import resumes after the last batch.
create table worker_import (
    id               uuid primary key,
    format           varchar(16)  not null,
    status           varchar(16)  not null,
    scope_region     char(6)      not null,
    submitted_by     varchar(64)  not null,
    submitted_at     timestamptz  not null,
    started_at       timestamptz,
    finished_at      timestamptz,
    node             varchar(128) not null,
    upload_bytes     bigint       not null,
    rows_total       bigint       not null,
    rows_done        bigint       not null default 0,
    rows_failed      bigint       not null default 0,
    files_registered bigint       not null default 0,
    files_updated    bigint       not null default 0,
    files_unchanged  bigint       not null default 0,
    next_line        bigint       not null default 1,
    failure          varchar(1000)
);
create index worker_import_unfinished on worker_import (node) where status in ('QUEUED', 'RUNNING');

-- Rows an import could not take, with every field at fault (the same {field, message} pairs as problem+json).
create table worker_import_error (
    import_id uuid   not null references worker_import (id),
    line      bigint not null,
    errors    jsonb  not null,
    primary key (import_id, line)
);
