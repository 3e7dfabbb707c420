-- The relay takes an aggregate's rows only behind its older unsent rows that are due: finds them fast.
create index event_outbox_unsent_aggregate on event_outbox (aggregate_id, id) where sent_at is null;
