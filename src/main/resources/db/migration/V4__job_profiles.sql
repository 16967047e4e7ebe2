-- Job profiles give the level a role needs per skill or criterion; a person's own
-- targets override them. Items are named by framework family and item code, and
-- levels by code, like assessments, so a target does not depend on a language.

create table job_profile (
    id          bigint       not null primary key,
    tenant_id   bigint       not null,
    profile_key varchar(100) not null,
    name        varchar(200) not null,
    description text,
    created_at  timestamp(6) not null,
    version     bigint       not null,
    constraint uk_job_profile_key unique (tenant_id, profile_key),
    constraint uk_job_profile_tenant_id unique (tenant_id, id),
    constraint fk_job_profile_tenant foreign key (tenant_id) references tenant (id)
);
create sequence job_profile_seq start with 1 increment by 50;

create table job_profile_requirement (
    id             bigint       not null primary key,
    tenant_id      bigint       not null,
    job_profile_id bigint       not null,
    family         varchar(100) not null,
    item_code      varchar(100) not null,
    level_code     varchar(20)  not null,
    version        bigint       not null,
    constraint uk_job_profile_requirement unique (tenant_id, job_profile_id, family, item_code),
    constraint fk_requirement_profile foreign key (tenant_id, job_profile_id) references job_profile (tenant_id, id)
);
create sequence job_profile_requirement_seq start with 1 increment by 50;

create table person_job_profile (
    id             bigint not null primary key,
    tenant_id      bigint not null,
    person_id      bigint not null,
    job_profile_id bigint not null,
    version        bigint not null,
    constraint uk_person_job_profile unique (tenant_id, person_id),
    constraint fk_person_job_profile_person foreign key (tenant_id, person_id) references person (tenant_id, id),
    constraint fk_person_job_profile_profile foreign key (tenant_id, job_profile_id) references job_profile (tenant_id, id)
);
create sequence person_job_profile_seq start with 1 increment by 50;

create table person_target (
    id         bigint       not null primary key,
    tenant_id  bigint       not null,
    person_id  bigint       not null,
    family     varchar(100) not null,
    item_code  varchar(100) not null,
    level_code varchar(20)  not null,
    version    bigint       not null,
    constraint uk_person_target unique (tenant_id, person_id, family, item_code),
    constraint fk_person_target_person foreign key (tenant_id, person_id) references person (tenant_id, id)
);
create sequence person_target_seq start with 1 increment by 50;
