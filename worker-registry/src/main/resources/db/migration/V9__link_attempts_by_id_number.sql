-- Failed link attempts are also counted per ID number (its blind index), whether or not a labour file has it: the
-- limit then answers alike for every number and tells nobody which ID numbers are registered.
alter table labour_file_link_attempt add column id_number_index bytea;
create index labour_file_link_attempt_id_number on labour_file_link_attempt (id_number_index, at);
