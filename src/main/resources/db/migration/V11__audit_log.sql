-- The audit log: every administrative change, who made it, when, and what it was before and
-- after. Rows are only ever inserted (the application has no statement that updates or deletes
-- them). A tenant's changes live with the tenant; platform administrators' actions, which
-- concern a tenant from outside it or no tenant at all, in a table of their own.

create table audit_entry (
    id           bigint        not null primary key,
    tenant_id    bigint        not null,
    occurred_at  timestamp(6)  not null,
    actor_id     bigint,
    actor_login  varchar(190)  not null,
    actor_name   varchar(200)  not null,
    kind         varchar(20)   not null,
    action       varchar(40)   not null,
    subject      varchar(300)  not null,
    before_text  varchar(1000),
    after_text   varchar(1000),
    version      bigint        not null,
    constraint fk_audit_entry_tenant foreign key (tenant_id) references tenant (id)
);
create sequence audit_entry_seq start with 1 increment by 50;
-- newest first, within a tenant; and the same by kind
create index ix_audit_entry_at on audit_entry (tenant_id, occurred_at);
create index ix_audit_entry_kind on audit_entry (tenant_id, kind, occurred_at);

-- tenant_id names the tenant a platform action concerns (none for some, such as a failed
-- creation); no foreign key, so that the record outlives whatever it names
create table platform_audit_entry (
    id           bigint        not null primary key,
    tenant_id    bigint,
    occurred_at  timestamp(6)  not null,
    actor_id     bigint,
    actor_login  varchar(190)  not null,
    actor_name   varchar(200)  not null,
    kind         varchar(20)   not null,
    action       varchar(40)   not null,
    subject      varchar(300)  not null,
    before_text  varchar(1000),
    after_text   varchar(1000),
    version      bigint        not null
);
create sequence platform_audit_entry_seq start with 1 increment by 50;
create index ix_platform_audit_entry_at on platform_audit_entry (occurred_at);
create index ix_platform_audit_entry_kind on platform_audit_entry (kind, occurred_at);
