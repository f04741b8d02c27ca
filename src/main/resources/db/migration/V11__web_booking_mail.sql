-- Issue 5, part 2: web booking (customers book themselves on a public page) and booking mail
-- (confirmation, change, cancellation, reminder) through a transactional outbox. DD016, DD017.

-- The owner's rules for the public booking page, one row per store (absent: the defaults).
create table web_booking_settings (
    store_id            bigint  not null primary key,
    enabled             boolean not null default true,
    cancel_cutoff_hours int     not null default 24,
    lead_minutes        int     not null default 60,
    days_ahead          int     not null default 30,
    version             int     not null default 0,
    constraint web_booking_settings_store foreign key (store_id) references store (id),
    constraint web_booking_settings_cutoff check (cancel_cutoff_hours between 0 and 720),
    constraint web_booking_settings_lead check (lead_minutes between 0 and 10080),
    constraint web_booking_settings_days check (days_ahead between 1 and 180)
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- What the customer typed on the web booking page. Mail for a web booking goes to this address
-- with this name, never to what an existing customer record (matched by phone or e-mail) holds,
-- so a stranger typing someone's phone number learns nothing about that person.
-- customer_match: MATCHED (one existing customer), NEW (created), UNSURE (created and tagged for the duplicate finder).
create table web_booking (
    booking_id      bigint       not null primary key,
    contact_name    varchar(61)  not null,
    contact_email   varchar(254) not null,
    contact_phone   varchar(20)  not null,
    staff_requested boolean      not null,
    customer_match  varchar(10)  not null,
    created_at      datetime(3)  not null,
    constraint web_booking_booking foreign key (booking_id) references booking (id) on delete cascade,
    constraint web_booking_match check (customer_match in ('MATCHED', 'NEW', 'UNSURE'))
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Mail the owner edited (absent: the Japanese defaults in jp.salonkarte.mail.MailTemplate).
create table mail_template (
    store_id   bigint        not null,
    kind       varchar(20)   not null,
    subject    varchar(200)  not null,
    body       varchar(4000) not null,
    updated_at datetime(3)   not null,
    primary key (store_id, kind),
    constraint mail_template_store foreign key (store_id) references store (id),
    constraint mail_template_kind check (kind in ('CONFIRMATION', 'CHANGE', 'CANCELLATION', 'REMINDER'))
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Per store: whether bookings staff made (phone, counter) also get mail when the customer has an address.
create table mail_settings (
    store_id            bigint  not null primary key,
    staff_booking_mails boolean not null default false,
    constraint mail_settings_store foreign key (store_id) references store (id)
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The outbox: a mail is written in the same transaction as the booking change it reports and
-- sent later by a scheduled sender. dedupe_key is unique, so each mail exists once however often
-- (and on however many app nodes) the event or the reminder job runs. A sender claims a row by
-- moving it PENDING -> SENDING with an update that only one node can win; claimed_until frees
-- rows of a node that died while sending.
create table mail_outbox (
    id              bigint auto_increment primary key,
    store_id        bigint        not null,
    kind            varchar(20)   not null,
    booking_id      bigint        null,
    dedupe_key      varchar(100)  not null,
    recipient       varchar(254)  not null,
    subject         varchar(200)  not null,
    body            text          not null,
    status          varchar(10)   not null default 'PENDING',
    attempts        int           not null default 0,
    next_attempt_at datetime(3)   not null,
    claimed_until   datetime(3)   null,
    last_error      varchar(500)  null,
    sent_at         datetime(3)   null,
    created_at      datetime(3)   not null,
    constraint mail_outbox_dedupe unique (dedupe_key),
    constraint mail_outbox_store foreign key (store_id) references store (id),
    constraint mail_outbox_booking foreign key (booking_id) references booking (id) on delete set null,
    constraint mail_outbox_status check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED'))
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index mail_outbox_due on mail_outbox (status, next_attempt_at);
create index mail_outbox_booking on mail_outbox (booking_id);
