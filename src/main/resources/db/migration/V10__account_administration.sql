-- Accounts administered in the app: invitations and password resets by single-use
-- links, the last sign-in, and whether the person has chosen a password yet.

alter table user_account add column last_sign_in_at timestamp(6);
alter table user_account add column password_chosen boolean not null default true;

-- A single-use link: only the SHA-256 of its secret is kept, so that a copy of the
-- database cannot be used to sign in.
create table account_link (
    id          bigint       not null primary key,
    tenant_id   bigint       not null,
    account_id  bigint       not null,
    purpose     varchar(20)  not null,
    secret_hash varchar(64)  not null,
    created_at  timestamp(6) not null,
    expires_at  timestamp(6) not null,
    used_at     timestamp(6),
    version     bigint       not null,
    constraint uk_account_link_secret unique (secret_hash),
    constraint fk_account_link_account foreign key (tenant_id, account_id) references user_account (tenant_id, id)
);
create index ix_account_link_account on account_link (tenant_id, account_id);
create sequence account_link_seq start with 1 increment by 50;

create index ix_user_account_tenant_name on user_account (tenant_id, display_name);
