-- one database per service, each owned by the application role
CREATE DATABASE worker_registry OWNER laborlink;
CREATE DATABASE job_board OWNER laborlink;
CREATE DATABASE training OWNER laborlink;
CREATE DATABASE subsidy OWNER laborlink;
CREATE DATABASE keycloak OWNER laborlink;
