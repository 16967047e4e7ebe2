-- Every confirmed upload of an assessment sheet: who, when, which file (name and SHA-256
-- of its content) and what it did, for the tenant admin to look back on.

create table assessment_import (
    id          bigint       not null primary key,
    tenant_id   bigint       not null,
    imported_at timestamp(6) not null,
    imported_by varchar(200) not null,
    file_name   varchar(255) not null,
    checksum    varchar(64)  not null,
    added       int          not null,
    changed     int          not null,
    unchanged   int          not null,
    version     bigint       not null,
    constraint fk_assessment_import_tenant foreign key (tenant_id) references tenant (id)
);
create sequence assessment_import_seq start with 1 increment by 50;
create index ix_assessment_import_at on assessment_import (tenant_id, imported_at);
