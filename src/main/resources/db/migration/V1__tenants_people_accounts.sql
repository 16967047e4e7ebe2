-- Tenancy, people and accounts. Every tenant-owned table carries tenant_id, and
-- references between tenant-owned rows go through composite (tenant_id, id) keys,
-- so the database itself refuses a row that points into another tenant.

create table tenant (
    id             bigint       not null primary key,
    slug           varchar(63)  not null,
    name           varchar(200) not null,
    default_locale varchar(20)  not null,
    status         varchar(20)  not null,
    demo           boolean      not null,
    created_at     timestamp(6) not null,
    version        bigint       not null,
    constraint uk_tenant_slug unique (slug)
);
create sequence tenant_seq start with 1 increment by 50;

create table platform_admin (
    id            bigint       not null primary key,
    username      varchar(190) not null,
    display_name  varchar(200) not null,
    password_hash varchar(255) not null,
    locale        varchar(20),
    created_at    timestamp(6) not null,
    version       bigint       not null,
    constraint uk_platform_admin_username unique (username)
);
create sequence platform_admin_seq start with 1 increment by 50;

create table person (
    id         bigint       not null primary key,
    tenant_id  bigint       not null,
    person_key varchar(100) not null,
    name       varchar(200) not null,
    email      varchar(254),
    job_title  varchar(200),
    created_at timestamp(6) not null,
    version    bigint       not null,
    constraint uk_person_key unique (tenant_id, person_key),
    constraint uk_person_tenant_id unique (tenant_id, id),
    constraint fk_person_tenant foreign key (tenant_id) references tenant (id)
);
create sequence person_seq start with 1 increment by 50;

create table team (
    id         bigint       not null primary key,
    tenant_id  bigint       not null,
    team_key   varchar(100) not null,
    name       varchar(200) not null,
    created_at timestamp(6) not null,
    version    bigint       not null,
    constraint uk_team_key unique (tenant_id, team_key),
    constraint uk_team_tenant_id unique (tenant_id, id),
    constraint fk_team_tenant foreign key (tenant_id) references tenant (id)
);
create sequence team_seq start with 1 increment by 50;

create table team_membership (
    id        bigint      not null primary key,
    tenant_id bigint      not null,
    team_id   bigint      not null,
    person_id bigint      not null,
    team_role varchar(20) not null,
    version   bigint      not null,
    constraint uk_team_membership unique (tenant_id, team_id, person_id),
    constraint fk_membership_team foreign key (tenant_id, team_id) references team (tenant_id, id),
    constraint fk_membership_person foreign key (tenant_id, person_id) references person (tenant_id, id)
);
create sequence team_membership_seq start with 1 increment by 50;

create table user_account (
    id            bigint       not null primary key,
    tenant_id     bigint       not null,
    username      varchar(190) not null,
    display_name  varchar(200) not null,
    password_hash varchar(255) not null,
    roles         varchar(200) not null,
    locale        varchar(20),
    person_id     bigint,
    enabled       boolean      not null,
    created_at    timestamp(6) not null,
    version       bigint       not null,
    -- usernames are e-mail-like logins and identify the tenant at sign-in
    constraint uk_user_account_username unique (username),
    constraint uk_user_account_tenant_id unique (tenant_id, id),
    constraint fk_user_account_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_user_account_person foreign key (tenant_id, person_id) references person (tenant_id, id)
);
create sequence user_account_seq start with 1 increment by 50;
