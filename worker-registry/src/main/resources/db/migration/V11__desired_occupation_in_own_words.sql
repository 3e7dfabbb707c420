-- the work a worker wants in their own words (电子厂普工, 带孩子的活), and the occupation codes suggested for it
alter table labour_file add column desired_occupation_text varchar(200);
alter table labour_file add column desired_occupation_suggestions jsonb;
