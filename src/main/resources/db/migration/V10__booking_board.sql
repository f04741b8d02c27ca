-- Issue 5: the reservation board. A booking gets its menus, where it came from, and a token for the
-- customer's own cancel/change link (web booking). Shifts: a weekly pattern per staff and exceptions.

alter table booking
    add column source       varchar(10) not null default 'PHONE',
    add column web_token    char(43)    null,
    add column cancelled_at datetime(3) null,
    add constraint booking_web_token unique (web_token),
    add constraint booking_status check (status in ('BOOKED', 'ARRIVED', 'IN_CHECKOUT', 'DONE', 'CANCELLED', 'NO_SHOW')),
    add constraint booking_source check (source in ('PHONE', 'WALK_IN', 'WEB', 'OTHER'));

create index booking_store_start on booking (store_id, starts_at);

-- What was booked, copied from the menu at booking time (names and prices may change later).
create table booking_menu (
    booking_id       bigint      not null,
    position         int         not null,
    menu_item_id     bigint      null,
    name             varchar(60) not null,
    duration_minutes int         null,
    price_yen        int         not null,
    primary key (booking_id, position),
    constraint booking_menu_booking foreign key (booking_id) references booking (id) on delete cascade,
    constraint booking_menu_item foreign key (menu_item_id) references menu_item (id)
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- A staff member's working hours per ISO weekday (1 = Monday). A staff member without any row works
-- the store's hours on every open day; once a pattern is set, a weekday without a row is a day off.
create table staff_shift (
    staff_id  bigint  not null,
    weekday   tinyint not null,
    starts_at time    not null,
    ends_at   time    not null,
    primary key (staff_id, weekday),
    constraint staff_shift_staff foreign key (staff_id) references staff (id) on delete cascade,
    constraint staff_shift_weekday check (weekday between 1 and 7),
    constraint staff_shift_times check (starts_at < ends_at)
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- One day differing from the pattern: other hours (late start, early finish), or a day off (no times).
create table shift_exception (
    staff_id  bigint       not null,
    day       date         not null,
    starts_at time         null,
    ends_at   time         null,
    note      varchar(100) null,
    primary key (staff_id, day),
    constraint shift_exception_staff foreign key (staff_id) references staff (id) on delete cascade,
    constraint shift_exception_times check ((starts_at is null and ends_at is null)
        or (starts_at is not null and ends_at is not null and starts_at < ends_at))
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;
