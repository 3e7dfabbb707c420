-- what the employer said at creation: a draft whose code is confirmed later is checked for a twin when it opens
alter table posting add column not_a_duplicate boolean not null default false;
