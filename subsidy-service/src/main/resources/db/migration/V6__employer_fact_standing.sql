-- An employer suspended by its labour office: its claims wait (are not decided) until it is reinstated.
alter table employer_fact add column suspended boolean not null default false;
