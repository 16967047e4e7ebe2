-- What the start-up loader last applied from a tenant's files, so that a file that
-- did not change is not applied again over what users edited in the app.
create table tenant_file_state (
    id         bigint       not null primary key,
    tenant_id  bigint       not null,
    file_name  varchar(200) not null,
    checksum   varchar(64)  not null,
    applied_at timestamp(6) not null,
    version    bigint       not null,
    constraint uk_tenant_file_state unique (tenant_id, file_name),
    constraint fk_tenant_file_state_tenant foreign key (tenant_id) references tenant (id)
);
create sequence tenant_file_state_seq start with 1 increment by 50;
