-- Master data of the walking skeleton. utf8mb4 everywhere: names are Japanese.
-- SQL kept compatible with MariaDB 10.11 (Debian) and 11.4 (embedded, Docker).

create table store (
    id                          bigint auto_increment primary key,
    name                        varchar(100)  not null,
    postal_code                 varchar(8)    null,
    address                     varchar(200)  null,
    phone                       varchar(20)   null,
    invoice_registration_number char(14)      null,
    opening_time                time          not null,
    closing_time                time          not null,
    closed_days                 varchar(100)  not null default '',
    tax_rounding                varchar(10)   not null default 'TRUNCATE',
    version                     int           not null default 0,
    constraint store_tax_rounding check (tax_rounding in ('TRUNCATE', 'HALF_UP', 'CEILING')),
    constraint store_hours check (opening_time < closing_time)
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table staff (
    id                  bigint auto_increment primary key,
    store_id            bigint       not null,
    family_name         varchar(30)  not null,
    given_name          varchar(30)  not null,
    family_name_kana    varchar(30)  not null,
    given_name_kana     varchar(30)  not null,
    email               varchar(254) null,
    password_hash       varchar(100) null,
    pin_hash            varchar(100) null,
    role                varchar(10)  not null,
    color               char(7)      not null,
    active              boolean      not null default true,
    failed_pin_attempts int          not null default 0,
    pin_locked_until    datetime(3)  null,
    version             int          not null default 0,
    constraint staff_store foreign key (store_id) references store (id),
    constraint staff_email unique (email),
    constraint staff_role check (role in ('OWNER', 'MANAGER', 'STAFF'))
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table menu_item (
    id               bigint auto_increment primary key,
    store_id         bigint       not null,
    kind             varchar(10)  not null,
    category         varchar(20)  not null,
    name             varchar(60)  not null,
    price_yen        int          not null,
    tax_rate         int          not null,
    duration_minutes int          null,
    active           boolean      not null default true,
    version          int          not null default 0,
    constraint menu_item_store foreign key (store_id) references store (id),
    constraint menu_item_kind check (kind in ('SERVICE', 'PRODUCT')),
    constraint menu_item_price check (price_yen >= 0),
    constraint menu_item_tax_rate check (tax_rate in (8, 10)),
    constraint menu_item_duration check (duration_minutes is null or duration_minutes between 5 and 600)
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index menu_item_store_category on menu_item (store_id, category, name);

-- Customers are shared across a chain's stores (issue 3 extends this table).
create table customer (
    id               bigint auto_increment primary key,
    family_name      varchar(30)  not null,
    given_name       varchar(30)  not null,
    family_name_kana varchar(30)  not null,
    given_name_kana  varchar(30)  not null,
    phone            varchar(20)  null,
    email            varchar(254) null,
    birthday         date         null,
    gender           varchar(10)  null,
    occupation       varchar(40)  null,
    referral_source  varchar(40)  null,
    mail_opt_in      boolean      not null default false,
    created_at       datetime(3)  not null,
    version          int          not null default 0
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index customer_kana on customer (family_name_kana, given_name_kana);
