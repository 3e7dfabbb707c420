-- The start-up backfill asks for files with a phone number but no phone index: a partial index answers at once
-- (and stays empty) instead of a scan of every labour file at every start.
create index labour_file_phone_index_missing on labour_file (id) where phone_cipher is not null and phone_index is null;
-- Failed link attempts are counted per account and per ID number (V9); none is looked up by labour file.
drop index labour_file_link_attempt_file;
