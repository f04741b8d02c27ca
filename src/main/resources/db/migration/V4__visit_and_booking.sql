-- Issue 3 shows each customer's last visit and next booking in the search results. These are
-- the first columns of the karte's visit (issue 4) and the reservation board's booking (issue 5);
-- those issues add what they need. Both tables hang off a customer, so a merge moves their rows
-- (CustomerReference beans).

create table visit (
    id          bigint auto_increment primary key,
    customer_id bigint        not null,
    store_id    bigint        not null,
    staff_id    bigint        null,
    visited_on  date          not null,
    notes       varchar(2000) null,
    created_at  datetime(3)   not null,
    updated_at  datetime(3)   not null,
    version     int           not null default 0,
    constraint visit_customer foreign key (customer_id) references customer (id),
    constraint visit_store foreign key (store_id) references store (id),
    constraint visit_staff foreign key (staff_id) references staff (id)
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index visit_customer_day on visit (customer_id, visited_on);

-- starts_at/ends_at are the store's wall-clock time (Asia/Tokyo for a Japanese salon).
-- status: BOOKED, ARRIVED, IN_CHECKOUT, DONE, CANCELLED, NO_SHOW.
create table booking (
    id          bigint auto_increment primary key,
    store_id    bigint        not null,
    customer_id bigint        not null,
    staff_id    bigint        not null,
    starts_at   datetime      not null,
    ends_at     datetime      not null,
    status      varchar(20)   not null default 'BOOKED',
    note        varchar(1000) null,
    created_at  datetime(3)   not null,
    updated_at  datetime(3)   not null,
    version     int           not null default 0,
    constraint booking_customer foreign key (customer_id) references customer (id),
    constraint booking_store foreign key (store_id) references store (id),
    constraint booking_staff foreign key (staff_id) references staff (id),
    constraint booking_times check (ends_at > starts_at)
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index booking_customer_start on booking (customer_id, starts_at);
create index booking_staff_start on booking (staff_id, starts_at);
