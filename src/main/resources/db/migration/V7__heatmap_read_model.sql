-- The heatmap's read model (decision 0006).
--
-- `shown` marks the assessment a heatmap cell shows by default: per person and item, the
-- latest manager assessment, else the latest self-assessment. Every write keeps it right,
-- as it keeps `latest`, so the heatmap reads one row per cell. The two indexes cover the
-- heatmap's reads (tenant, flag, person, then every column read): neither reads the table.

alter table assessment add column shown boolean default false not null;

update assessment set shown = true where latest = true and kind = 'MANAGER';
update assessment set shown = true where latest = true and kind = 'SELF' and not exists (
    select 1 from assessment m where m.tenant_id = assessment.tenant_id and m.person_id = assessment.person_id
    and m.family = assessment.family and m.item_code = assessment.item_code and m.kind = 'MANAGER');

drop index ix_assessment_latest on assessment;
create index ix_assessment_latest on assessment
    (tenant_id, latest, person_id, family, item_code, kind, level_code, assessed_on);
create index ix_assessment_shown on assessment
    (tenant_id, shown, person_id, family, item_code, kind, level_code, assessed_on);

-- How often each tenant's frameworks changed: the catalogue kept in memory is used only
-- while this count is the one it was read with (FrameworkService.catalogue).
create table framework_changes (
    id        bigint not null primary key,
    tenant_id bigint not null,
    changes   bigint not null,
    version   bigint not null,
    constraint uk_framework_changes_tenant unique (tenant_id),
    constraint fk_framework_changes_tenant foreign key (tenant_id) references tenant (id)
);
create sequence framework_changes_seq start with 1 increment by 50;
