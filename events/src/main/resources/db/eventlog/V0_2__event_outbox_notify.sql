-- Wakes the outbox relay the moment a transaction that wrote events commits (NOTIFY is delivered on commit);
-- the relay's polling stays as the fallback.
create function event_outbox_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('event_outbox', '');
    return null;
end;
$$;
create trigger event_outbox_written after insert on event_outbox
    for each statement execute function event_outbox_notify();
