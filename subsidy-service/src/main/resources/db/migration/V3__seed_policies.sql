-- Default catalogues. Guizhou (520000) carries the figures the seed reports name: a one-time transport subsidy of at
-- most 800 yuan for a poor migrant worker going to a job (within 6 months of the hire); employment subsidies to SMEs
-- newly hiring a poor worker (1,500) or one from an ex-situ relocated household (2,000); public-welfare posts paying
-- between the poverty-line monthly income and 50 % of the minimum wage, with accident insurance of at least
-- 300,000 yuan; a one-time reward of 300,000 yuan to an employment "helping company"; a living subsidy of 10,000
-- yuan a year for a poor student; training (decided once training completions are published). Sichuan (510000)
-- differs on purpose, so nothing is hard-coded: lower caps, no student living subsidy. Money in yuan. Budgets for
-- the province as a whole; officers' admins add county budgets with PUT /api/v1/subsidy-policies/{province}.
insert into subsidy_policy (province, version, effective_from, document, set_by, set_at) values
('520000', 1, date '2026-01-01', '{
  "minimumMonthlyWage": 1890.00,
  "povertyLineMonthlyIncome": 333.33,
  "programmes": [
    {"kind": "TRANSPORT", "name": "One-time transport subsidy for poor migrant workers",
     "claimants": ["WORKER", "OFFICER"], "cap": 800,
     "requiredFacts": ["POVERTY_REGISTERED", "HIRED", "LEFT_HOME_PREFECTURE"],
     "requiredEvidence": ["travel-ticket"], "claimWindowDays": 180},
    {"kind": "SME_HIRING", "name": "Employment subsidy for SMEs newly hiring poor workers",
     "claimants": ["EMPLOYER", "OFFICER"],
     "amountByPovertyStatus": {"REGISTERED_POOR": 1500, "RELOCATED_EX_SITU": 2000},
     "requiredFacts": ["HIRED", "EMPLOYER_SME"], "requiredEvidence": ["labour-contract"], "claimWindowDays": 180},
    {"kind": "PUBLIC_WELFARE_POST", "name": "Public-welfare post monthly subsidy",
     "claimants": ["EMPLOYER", "OFFICER"], "maxShareOfMinimumWage": 0.5, "minimumInsuranceCover": 300000,
     "requiredFacts": ["HIRED", "PUBLIC_WELFARE_POST", "EMPLOYED_IN_PERIOD"], "requiredEvidence": [],
     "claimWindowDays": 90},
    {"kind": "HELPING_COMPANY_REWARD", "name": "One-time reward to an employment helping company",
     "claimants": ["EMPLOYER", "OFFICER"], "amount": 300000,
     "requiredFacts": ["EMPLOYER_HELPING_COMPANY"], "requiredEvidence": ["commendation"]},
    {"kind": "STUDENT_LIVING", "name": "Living subsidy for students from poor households",
     "claimants": ["WORKER", "OFFICER"], "amount": 10000,
     "requiredFacts": ["POVERTY_REGISTERED"], "requiredEvidence": ["enrolment-certificate"]},
    {"kind": "TRAINING", "name": "Vocational training subsidy", "claimants": ["WORKER", "OFFICER"], "cap": 1500,
     "requiredFacts": ["TRAINING_COMPLETED"], "requiredEvidence": ["training-certificate"]}
  ]}'::jsonb, 'seed', now()),
('510000', 1, date '2026-01-01', '{
  "minimumMonthlyWage": 2100.00,
  "povertyLineMonthlyIncome": 333.33,
  "programmes": [
    {"kind": "TRANSPORT", "name": "One-time transport subsidy", "claimants": ["WORKER", "OFFICER"], "cap": 500,
     "requiredFacts": ["POVERTY_REGISTERED", "HIRED", "LEFT_HOME_PROVINCE"],
     "requiredEvidence": ["travel-ticket"], "claimWindowDays": 90},
    {"kind": "SME_HIRING", "name": "SME hiring subsidy", "claimants": ["EMPLOYER", "OFFICER"],
     "amountByPovertyStatus": {"REGISTERED_POOR": 1000, "RELOCATED_EX_SITU": 1500},
     "requiredFacts": ["HIRED", "EMPLOYER_SME"], "requiredEvidence": ["labour-contract"], "claimWindowDays": 365},
    {"kind": "PUBLIC_WELFARE_POST", "name": "Public-welfare post monthly subsidy", "claimants": ["OFFICER"],
     "maxShareOfMinimumWage": 0.5, "minimumInsuranceCover": 300000,
     "requiredFacts": ["HIRED", "PUBLIC_WELFARE_POST", "EMPLOYED_IN_PERIOD"], "requiredEvidence": [],
     "claimWindowDays": 60},
    {"kind": "HELPING_COMPANY_REWARD", "name": "Helping company reward", "claimants": ["OFFICER"], "amount": 200000,
     "requiredFacts": ["EMPLOYER_HELPING_COMPANY"], "requiredEvidence": []}
  ]}'::jsonb, 'seed', now());

insert into subsidy_budget (province, programme, region, year, amount)
select b.province, b.programme, b.province, y.year, b.amount
from (values ('520000', 'TRANSPORT', 20000000), ('520000', 'SME_HIRING', 30000000),
             ('520000', 'PUBLIC_WELFARE_POST', 50000000), ('520000', 'HELPING_COMPANY_REWARD', 3000000),
             ('520000', 'STUDENT_LIVING', 5000000), ('520000', 'TRAINING', 10000000),
             ('510000', 'TRANSPORT', 10000000), ('510000', 'SME_HIRING', 20000000),
             ('510000', 'PUBLIC_WELFARE_POST', 40000000), ('510000', 'HELPING_COMPANY_REWARD', 2000000))
         as b (province, programme, amount)
cross join (values (2026), (2027)) as y (year);
