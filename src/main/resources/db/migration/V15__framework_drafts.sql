-- Frameworks built in the app (issue 15): a framework being written or changed is a draft until
-- an administrator publishes it. A draft is the framework's file text (docs/framework-format.md),
-- so that it is checked by the same reader as an uploaded file and published by the same rule.
-- One draft per framework id in a tenant; based_on_version is the version it was opened from
-- (none for a new framework), to say "someone published a newer version meanwhile".
create table framework_draft (
    id               bigint        not null primary key,
    tenant_id        bigint        not null,
    framework_key    varchar(100)  not null,
    name             varchar(300)  not null,
    kind             varchar(20)   not null,
    language         varchar(35)   not null,
    based_on_version integer,
    body             text          not null,
    updated_at       timestamp(6)  not null,
    updated_by       varchar(190)  not null,
    version          bigint        not null,
    constraint uk_framework_draft_key unique (tenant_id, framework_key),
    constraint fk_framework_draft_tenant foreign key (tenant_id) references tenant (id)
);
create sequence framework_draft_seq start with 1 increment by 50;
