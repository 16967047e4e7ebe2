-- A member's start page says what her lead changed since her last visit (issue 16). One row per
-- account: when she last saw her start page. The changes shown are the assessments of her recorded
-- by someone else after that moment; each visit moves it forward.

create table member_visit (
    id         bigint       not null primary key,
    tenant_id  bigint       not null,
    account_id bigint       not null,
    seen_at    timestamp(6) not null,
    version    bigint       not null,
    constraint uk_member_visit_account unique (tenant_id, account_id),
    constraint fk_member_visit_account foreign key (tenant_id, account_id) references user_account (tenant_id, id)
);
create sequence member_visit_seq start with 1 increment by 50;
