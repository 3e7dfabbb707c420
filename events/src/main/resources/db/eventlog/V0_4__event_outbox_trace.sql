-- the W3C traceparent of the request that wrote the event, sent as a Kafka header so consumers continue its trace
alter table event_outbox add column trace_parent varchar(64);
