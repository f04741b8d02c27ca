-- Issue 6: checkout (会計). A ticket (伝票) is written once, when it is paid, with its lines,
-- per-rate totals and payments; it is never updated. A void or refund is a reversal row.
-- Daily close (レジ締め) freezes a store's business day. DD018 (tax), DD019 (model).

create table ticket (
    id                bigint auto_increment primary key,
    store_id          bigint       not null,
    business_day      date         not null,
    receipt_no        varchar(20)  not null,
    commit_key        char(36)     not null,
    booking_id        bigint       null,
    customer_id       bigint       null,
    cashier_staff_id  bigint       null,
    subtotal          bigint       not null,
    discount_kind     varchar(10)  not null,
    discount_value    bigint       not null,
    discount          bigint       not null,
    total             bigint       not null,
    tax_rounding      varchar(10)  not null,
    change_given      bigint       not null,
    paid_at           datetime(3)  not null,
    constraint ticket_commit_key unique (commit_key),
    constraint ticket_booking unique (booking_id),
    constraint ticket_receipt_no unique (store_id, receipt_no),
    constraint ticket_store foreign key (store_id) references store (id),
    constraint ticket_amounts check (subtotal >= 0 and discount >= 0 and total = subtotal - discount and change_given >= 0),
    constraint ticket_discount_kind check (discount_kind in ('PERCENT', 'YEN'))
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ticket_store_day on ticket (store_id, business_day);

create table ticket_line (
    ticket_id      bigint       not null,
    position       int          not null,
    kind           varchar(10)  not null,
    menu_item_id   bigint       null,
    name           varchar(60)  not null,
    unit_price     bigint       not null,
    quantity       int          not null,
    tax_rate       int          not null,
    staff_id       bigint       null,
    discount_kind  varchar(10)  not null,
    discount_value bigint       not null,
    amount         bigint       not null,
    primary key (ticket_id, position),
    constraint ticket_line_ticket foreign key (ticket_id) references ticket (id),
    constraint ticket_line_kind check (kind in ('SERVICE', 'PRODUCT', 'OPTION', 'FREE')),
    constraint ticket_line_rate check (tax_rate in (8, 10)),
    constraint ticket_line_amounts check (unit_price >= 0 and quantity > 0 and amount >= 0)
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Per tax rate, as printed on the receipt: tax computed once per ticket and rate.
create table ticket_rate_total (
    ticket_id bigint not null,
    tax_rate  int    not null,
    gross     bigint not null,
    discount  bigint not null,
    total     bigint not null,
    tax       bigint not null,
    primary key (ticket_id, tax_rate),
    constraint ticket_rate_total_ticket foreign key (ticket_id) references ticket (id)
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- amount is what the method pays of the total; tendered (cash only) is what the customer handed over.
create table payment (
    ticket_id bigint      not null,
    position  int         not null,
    method    varchar(10) not null,
    amount    bigint      not null,
    tendered  bigint      null,
    primary key (ticket_id, position),
    constraint payment_ticket foreign key (ticket_id) references ticket (id),
    constraint payment_method check (method in ('CASH', 'CARD', 'EMONEY', 'QR')),
    constraint payment_amount check (amount > 0 and (tendered is null or tendered >= amount))
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- A void (same business day) or refund (later) of a whole ticket; at most one per ticket.
-- business_day is the day the money went back (a refund counts in that day's close).
create table ticket_reversal (
    id           bigint auto_increment primary key,
    ticket_id    bigint        not null,
    store_id     bigint        not null,
    kind         varchar(10)   not null,
    reason       varchar(200)  not null,
    staff_id     bigint        not null,
    business_day date          not null,
    amount       bigint        not null,
    cash_amount  bigint        not null,
    created_at   datetime(3)   not null,
    constraint ticket_reversal_once unique (ticket_id),
    constraint ticket_reversal_ticket foreign key (ticket_id) references ticket (id),
    constraint ticket_reversal_kind check (kind in ('VOID', 'REFUND'))
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Receipt numbers per store and business day (20261124-0001), allocated under this row's lock.
create table receipt_counter (
    store_id     bigint not null,
    business_day date   not null,
    last_no      int    not null,
    primary key (store_id, business_day)
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The register close of one business day; its existence freezes the day's sales.
create table daily_close (
    id             bigint auto_increment primary key,
    store_id       bigint       not null,
    business_day   date         not null,
    opening_float  bigint       not null,
    cash_sales     bigint       not null,
    cash_refunds   bigint       not null,
    expected_cash  bigint       not null,
    counted_cash   bigint       not null,
    over_short     bigint       not null,
    denominations  varchar(200) not null,
    note           varchar(200) null,
    staff_id       bigint       not null,
    closed_at      datetime(3)  not null,
    constraint daily_close_once unique (store_id, business_day),
    constraint daily_close_store foreign key (store_id) references store (id)
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;
