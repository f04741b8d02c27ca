-- Issue 14: the reports' parameters per store, RFM ranks with their history, and the contacts staff
-- make from 「今日連絡したいお客様」.

-- One row per store once the owner changed something; without a row the defaults apply.
create table report_settings (
    store_id             bigint  not null primary key,
    return_days          int     not null default 90,
    lapse_months         int     not null default 6,
    contact_overdue_days int     not null default 14,
    weekly_mail          boolean not null default true,
    version              int     not null default 0,
    constraint report_settings_store foreign key (store_id) references store (id),
    constraint report_settings_return check (return_days in (30, 60, 90)),
    constraint report_settings_lapse check (lapse_months between 2 and 24),
    constraint report_settings_overdue check (contact_overdue_days between 0 and 180)
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The named ranks (medals): a customer has the highest rank whose minimum R+F+M score they reach.
create table rfm_rank (
    id        bigint auto_increment primary key,
    store_id  bigint      not null,
    name      varchar(20) not null,
    min_score int         not null,
    color     char(7)     not null,
    contact   boolean     not null,
    constraint rfm_rank_store foreign key (store_id) references store (id),
    constraint rfm_rank_score unique (store_id, min_score),
    constraint rfm_rank_range check (min_score between 3 and 15)
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The latest scores of every customer with a visit in the last 12 months.
create table rfm_score (
    store_id    bigint      not null,
    customer_id bigint      not null,
    recency     tinyint     not null,
    frequency   tinyint     not null,
    monetary    tinyint     not null,
    rank_name   varchar(20) null,
    rank_color  char(7)     null,
    contact     boolean     not null,
    last_visit  date        not null,
    visits      int         not null,
    amount      bigint      not null,
    computed_on date        not null,
    primary key (store_id, customer_id),
    constraint rfm_score_store foreign key (store_id) references store (id),
    constraint rfm_score_customer foreign key (customer_id) references customer (id) on delete cascade
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index rfm_score_customer on rfm_score (customer_id);

-- A row whenever a customer's rank changes (rank_name null: no rank any more). A merge moves the
-- rows to the surviving customer (CustomerReference needs the id).
create table rfm_rank_history (
    id          bigint auto_increment primary key,
    store_id    bigint      not null,
    customer_id bigint      not null,
    since       date        not null,
    rank_name   varchar(20) null,
    score       tinyint     null,
    constraint rfm_history_store foreign key (store_id) references store (id),
    constraint rfm_history_customer foreign key (customer_id) references customer (id) on delete cascade
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index rfm_history_customer on rfm_rank_history (customer_id, since);

create table customer_contact (
    id           bigint auto_increment primary key,
    store_id     bigint       not null,
    customer_id  bigint       not null,
    staff_id     bigint       not null,
    channel      varchar(10)  not null,
    note         varchar(200) null,
    contacted_at datetime(3)  not null,
    constraint customer_contact_store foreign key (store_id) references store (id),
    constraint customer_contact_customer foreign key (customer_id) references customer (id) on delete cascade,
    constraint customer_contact_staff foreign key (staff_id) references staff (id),
    constraint customer_contact_channel check (channel in ('PHONE', 'MAIL', 'LINE', 'OTHER'))
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index customer_contact_recent on customer_contact (store_id, customer_id, contacted_at);
