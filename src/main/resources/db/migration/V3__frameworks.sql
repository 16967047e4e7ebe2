-- Frameworks: one model for skills frameworks, progression criteria and maturity models.
-- A framework has an ordered scale of levels (each with a rank), optional categories,
-- and items (skills, criteria, dimensions) that define a subset of the scale's levels.
-- Long texts are `text` so that rows stay within MariaDB's row size.

create table framework (
    id              bigint       not null primary key,
    tenant_id       bigint       not null,
    framework_key   varchar(100) not null,
    family          varchar(100) not null,
    version_number  int          not null,
    retired         boolean      not null,
    enabled         boolean      not null,
    kind            varchar(20)  not null,
    name            varchar(300) not null,
    language        varchar(20)  not null,
    source          text         not null,
    licence         text         not null,
    description     text,
    item_label      varchar(100),
    scale_name      varchar(200) not null,
    created_at      timestamp(6) not null,
    updated_at      timestamp(6) not null,
    version         bigint       not null,
    constraint uk_framework_version unique (tenant_id, framework_key, version_number),
    constraint uk_framework_tenant_id unique (tenant_id, id),
    constraint fk_framework_tenant foreign key (tenant_id) references tenant (id)
);
create sequence framework_seq start with 1 increment by 50;

create table framework_note (
    id           bigint       not null primary key,
    tenant_id    bigint       not null,
    framework_id bigint       not null,
    sort_order   int          not null,
    title        varchar(500) not null,
    body         text         not null,
    version      bigint       not null,
    constraint fk_framework_note foreign key (tenant_id, framework_id) references framework (tenant_id, id)
);
create sequence framework_note_seq start with 1 increment by 50;

create table scale_level (
    id           bigint       not null primary key,
    tenant_id    bigint       not null,
    framework_id bigint       not null,
    level_rank   int          not null,
    code         varchar(20)  not null,
    name         varchar(200),
    summary      text,
    description  text,
    practices    text,
    next_step    text,
    version      bigint       not null,
    constraint uk_scale_level_code unique (tenant_id, framework_id, code),
    constraint uk_scale_level_rank unique (tenant_id, framework_id, level_rank),
    constraint fk_scale_level_framework foreign key (tenant_id, framework_id) references framework (tenant_id, id)
);
create sequence scale_level_seq start with 1 increment by 50;

create table framework_category (
    id           bigint       not null primary key,
    tenant_id    bigint       not null,
    framework_id bigint       not null,
    sort_order   int          not null,
    code         varchar(100) not null,
    name         varchar(300) not null,
    description  text,
    version      bigint       not null,
    constraint uk_framework_category_code unique (tenant_id, framework_id, code),
    constraint fk_framework_category_framework foreign key (tenant_id, framework_id) references framework (tenant_id, id)
);
create sequence framework_category_seq start with 1 increment by 50;

create table framework_item (
    id               bigint       not null primary key,
    tenant_id        bigint       not null,
    framework_id     bigint       not null,
    sort_order       int          not null,
    code             varchar(100) not null,
    name             varchar(300) not null,
    category_code    varchar(100),
    overview         text,
    guidance         text,
    activities_intro text,
    activities       text,
    change_mark      varchar(50),
    guidance_change  varchar(50),
    origin           varchar(20)  not null,
    version          bigint       not null,
    constraint uk_framework_item_code unique (tenant_id, framework_id, code),
    constraint uk_framework_item_tenant_id unique (tenant_id, id),
    constraint fk_framework_item_framework foreign key (tenant_id, framework_id) references framework (tenant_id, id)
);
create sequence framework_item_seq start with 1 increment by 50;

create table item_level (
    id          bigint      not null primary key,
    tenant_id   bigint      not null,
    item_id     bigint      not null,
    level_code  varchar(20) not null,
    level_rank  int         not null,
    description text,
    change_mark varchar(50),
    version     bigint      not null,
    constraint uk_item_level unique (tenant_id, item_id, level_code),
    constraint fk_item_level_item foreign key (tenant_id, item_id) references framework_item (tenant_id, id)
);
create sequence item_level_seq start with 1 increment by 50;
