-- which run of a request holds a RUNNING key: a slow run taken over after the abandon time must not free or
-- complete the key of the run that took it over
alter table idempotency_key add column owner uuid;
