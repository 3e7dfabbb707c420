-- an employer's postings, newest first (GET /employers/{id}/postings)
create index posting_employer_created on posting (employer_id, created_at DESC, id DESC);
-- a region's employers in one standing, oldest registration first (GET /regions/{code}/employers)
create index employer_standing_region on employer (standing, region, registered_at, id);
-- an employer's hires, newest first (GET /employers/{id}/employments)
create index employment_employer_hired on employment (employer_id, hired_at desc, id desc);
