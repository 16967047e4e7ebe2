-- Assessments: one person's level in one skill or criterion, by kind (self, manager,
-- peer), dated and optionally tied to an assessment period. History is kept: a new
-- assessment never overwrites an old one. `latest` marks the newest assessment per
-- person, item and kind so that the heatmap reads current levels without scanning
-- history; "as it was on" reads history.

create table assessment_settings (
    id                     bigint  not null primary key,
    tenant_id              bigint  not null,
    review_interval_months int     not null,
    peer_assessments       boolean not null,
    version                bigint  not null,
    constraint uk_assessment_settings unique (tenant_id),
    constraint fk_assessment_settings_tenant foreign key (tenant_id) references tenant (id)
);
create sequence assessment_settings_seq start with 1 increment by 50;

create table assessment_period (
    id         bigint       not null primary key,
    tenant_id  bigint       not null,
    period_key varchar(100) not null,
    name       varchar(200) not null,
    starts_on  date         not null,
    ends_on    date         not null,
    version    bigint       not null,
    constraint uk_assessment_period_key unique (tenant_id, period_key),
    constraint uk_assessment_period_tenant_id unique (tenant_id, id),
    constraint fk_assessment_period_tenant foreign key (tenant_id) references tenant (id)
);
create sequence assessment_period_seq start with 1 increment by 50;

create table assessment (
    id            bigint       not null primary key,
    tenant_id     bigint       not null,
    person_id     bigint       not null,
    family        varchar(100) not null,
    item_code     varchar(100) not null,
    kind          varchar(10)  not null,
    level_code    varchar(20)  not null,
    assessed_on   date         not null,
    recorded_at   timestamp(6) not null,
    assessor_id   bigint,
    period_id     bigint,
    accepted_from bigint,
    evidence      text,
    latest        boolean      not null,
    version       bigint       not null,
    constraint uk_assessment_tenant_id unique (tenant_id, id),
    constraint fk_assessment_person foreign key (tenant_id, person_id) references person (tenant_id, id),
    constraint fk_assessment_assessor foreign key (tenant_id, assessor_id) references person (tenant_id, id),
    constraint fk_assessment_period foreign key (tenant_id, period_id) references assessment_period (tenant_id, id),
    constraint fk_assessment_accepted foreign key (tenant_id, accepted_from) references assessment (tenant_id, id)
);
create sequence assessment_seq start with 1 increment by 50;
create index ix_assessment_latest on assessment (tenant_id, person_id, latest);
create index ix_assessment_history on assessment (tenant_id, person_id, family, item_code, kind, assessed_on);
