-- CX maturity assessments: one assessor's answers to a maturity worksheet for one unit
-- (the whole organisation when team_id is null, else a team) on one day. Per dimension
-- of the model: today's level and the level wanted in five years; plus the ambition
-- statement and the critical changes, each with an owner and a due date. A draft can be
-- saved and resumed; only completed assessments count in a unit's result, and they are
-- kept, so a unit can be compared with its own past.

create table maturity_assessment (
    id           bigint       not null primary key,
    tenant_id    bigint       not null,
    family       varchar(100) not null,
    team_id      bigint,
    assessor_id  bigint       not null,
    assessed_on  date         not null,
    status       varchar(10)  not null,
    ambition     text,
    created_at   timestamp(6) not null,
    completed_at timestamp(6),
    version      bigint       not null,
    constraint uk_maturity_assessment_tenant_id unique (tenant_id, id),
    constraint fk_maturity_assessment_tenant foreign key (tenant_id) references tenant (id),
    constraint fk_maturity_assessment_team foreign key (tenant_id, team_id) references team (tenant_id, id),
    constraint fk_maturity_assessment_assessor foreign key (tenant_id, assessor_id) references person (tenant_id, id)
);
create sequence maturity_assessment_seq start with 1 increment by 50;
create index ix_maturity_assessment_unit on maturity_assessment (tenant_id, family, team_id, status, assessed_on);

create table maturity_rating (
    id             bigint       not null primary key,
    tenant_id      bigint       not null,
    assessment_id  bigint       not null,
    dimension_code varchar(100) not null,
    today_level    varchar(20),
    target_level   varchar(20),
    version        bigint       not null,
    constraint uk_maturity_rating unique (tenant_id, assessment_id, dimension_code),
    constraint fk_maturity_rating_assessment foreign key (tenant_id, assessment_id)
        references maturity_assessment (tenant_id, id)
);
create sequence maturity_rating_seq start with 1 increment by 50;

create table maturity_change (
    id            bigint        not null primary key,
    tenant_id     bigint        not null,
    assessment_id bigint        not null,
    change_no     int           not null,
    description   varchar(1000) not null,
    owner_name    varchar(200),
    due_on        date,
    version       bigint        not null,
    constraint uk_maturity_change unique (tenant_id, assessment_id, change_no),
    constraint fk_maturity_change_assessment foreign key (tenant_id, assessment_id)
        references maturity_assessment (tenant_id, id)
);
create sequence maturity_change_seq start with 1 increment by 50;
