-- the post's type and accident insurance cover travel with a hire (subsidies are decided from them)
alter table employment add column job_type text;
alter table employment add column accident_insurance_cover numeric(12, 2);
update employment e set job_type = p.job_type, accident_insurance_cover = p.accident_insurance_cover
  from posting p where p.id = e.posting_id;
update employment set job_type = 'REGULAR' where job_type is null;
