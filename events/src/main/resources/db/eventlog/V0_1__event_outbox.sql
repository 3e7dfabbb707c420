-- Events waiting to be published to Kafka, written in the same transaction as the change they describe.
create table event_outbox (
    id              bigserial primary key,
    event_id        uuid        not null unique,
    topic           text        not null,
    aggregate_id    text        not null,
    event_type      text        not null,
    source          text        not null,
    occurred_at     timestamptz not null,
    payload         jsonb       not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    leased_until    timestamptz,
    last_error      text,
    sent_at         timestamptz
);
create index event_outbox_unsent on event_outbox (id) where sent_at is null;
create index event_outbox_sent_at on event_outbox (sent_at) where sent_at is not null;

-- Events this service has processed, keyed by consumer and CloudEvents id: a redelivery has no second effect.
create table consumed_event (
    consumer    text        not null,
    event_id    uuid        not null,
    consumed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
