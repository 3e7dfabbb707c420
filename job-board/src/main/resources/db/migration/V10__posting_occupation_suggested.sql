-- a posting may be created with a title only: matching-service's normaliser suggests codes, and the employer or an
-- officer confirms one (accepting a suggestion or correcting it) before the posting opens
alter table posting alter column occupation_code drop not null;
alter table posting add column occupation_confirmed boolean not null default true;
alter table posting add column occupation_suggestions jsonb;
