-- Partner provinces' webhook subscriptions: where to POST which news of the province's own workers. The signing
-- secret is kept encrypted (AES-GCM, the service's PII key); after a rotation the previous one also signs until
-- previous_secret_until, so a partner can switch without losing a delivery.
create table webhook_subscription (
    id                     uuid primary key,
    province               char(6)        not null,
    url                    varchar(2000)  not null,
    event_types            varchar(300)   not null,  -- comma-separated: employment.hired,claim.paid
    secret_cipher          bytea          not null,
    previous_secret_cipher bytea,
    previous_secret_until  timestamptz,
    created_by             varchar(64)    not null,
    created_at             timestamptz    not null,
    rotated_at             timestamptz
);
create index webhook_subscription_province on webhook_subscription (province);

-- One message to one subscription: its webhook-id (msg_...) stays the same across retries and redeliveries, so a
-- receiver sees one event per id. PENDING until a 2xx (DELIVERED) or until give_up_at passes (DEAD).
create table webhook_delivery (
    id               varchar(40)   primary key,
    subscription_id  uuid          not null references webhook_subscription (id) on delete cascade,
    event_type       varchar(40)   not null,
    payload          text          not null,
    status           varchar(12)   not null,
    attempts         int           not null default 0,
    next_attempt_at  timestamptz,
    give_up_at       timestamptz   not null,
    last_attempt_at  timestamptz,
    last_response    int,
    last_error       varchar(500),
    created_at       timestamptz   not null,
    delivered_at     timestamptz
);
create index webhook_delivery_of_subscription on webhook_delivery (subscription_id, created_at desc);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';

-- Whose claim a claim is (from ClaimSubmitted): ClaimPaid and ClaimDecided name the claim only.
create table claim_of_worker (
    claim_id   uuid primary key,
    worker_id  uuid not null
);

-- Enrolments seen waiting for a place: their move to ENROLLED is a freed place the worker is told of.
create table waiting_enrolment (
    enrolment_id  uuid primary key,
    worker_id     uuid not null
);

-- Messages to workers (SMS), written in the worker's language when the news arrives and sent by WorkerMessageSending:
-- PENDING until the gateway takes it (SENT) or give_up_at passes (FAILED); never sent when the worker opted out
-- (OPTED_OUT) or has no phone number (NO_PHONE). The text never holds an ID or a phone number.
create table worker_message (
    id               uuid primary key,
    worker_id        uuid           not null references labour_file (id),
    kind             varchar(24)    not null,
    language         varchar(8)     not null,
    text             varchar(500)   not null,
    status           varchar(12)    not null,
    attempts         int            not null default 0,
    next_attempt_at  timestamptz,
    give_up_at       timestamptz    not null,
    last_error       varchar(500),
    created_at       timestamptz    not null,
    sent_at          timestamptz
);
create index worker_message_of_worker on worker_message (worker_id, created_at desc);
create index worker_message_due on worker_message (next_attempt_at) where status = 'PENDING';

-- A worker's choices about messages: language, opting out, her own quiet hours (local time of Asia/Shanghai).
create table message_preference (
    worker_id    uuid primary key references labour_file (id),
    language     varchar(8)   not null,
    opted_out    boolean      not null,
    quiet_from   time,
    quiet_until  time,
    updated_by   varchar(64)  not null,
    updated_at   timestamptz  not null
);
