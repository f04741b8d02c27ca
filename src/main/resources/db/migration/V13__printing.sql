-- Issue 6, items 4-5: receipt printers per store and the durable print queue (DD020, DD021).
-- No reference to checkout tables: checkout calls printing, not the other way round.

-- An ESC/POS printer on the salon's LAN (raw TCP, usually port 9100).
-- mode: KANJI (Shift_JIS text with the printer's Kanji commands, Japanese models) or
-- RASTER (the receipt drawn as an image with the bundled font, any ESC/POS printer).
create table printer (
    id                 bigint auto_increment primary key,
    store_id           bigint       not null,
    name               varchar(50)  not null,
    host               varchar(253) not null,
    port               int          not null default 9100,
    width_mm           int          not null default 80,
    mode               varchar(10)  not null default 'KANJI',
    is_receipt_printer boolean      not null default true,
    active             boolean      not null default true,
    version            int          not null default 0,
    constraint printer_store foreign key (store_id) references store (id),
    constraint printer_port check (port between 1 and 65535),
    constraint printer_width check (width_mm in (58, 80)),
    constraint printer_mode check (mode in ('KANJI', 'RASTER'))
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- A print job: the bytes to send, written in the transaction that caused it (the payment).
-- A worker claims the oldest unfinished job of a printer (QUEUED -> SENDING with claimed_until,
-- an update only one node wins), sends it and marks it PRINTED; a failure puts it back to
-- QUEUED with next_attempt_at later. A printer's jobs print in id order.
create table print_job (
    id              bigint auto_increment primary key,
    store_id        bigint        not null,
    printer_id      bigint        not null,
    kind            varchar(15)   not null,
    title           varchar(100)  not null,
    payload         mediumblob    not null,
    status          varchar(10)   not null,
    attempts        int           not null default 0,
    next_attempt_at datetime(3)   not null,
    claimed_until   datetime(3),
    last_error      varchar(500),
    created_at      datetime(3)   not null,
    printed_at      datetime(3),
    constraint print_job_store foreign key (store_id) references store (id),
    constraint print_job_printer foreign key (printer_id) references printer (id),
    constraint print_job_kind check (kind in ('RECEIPT', 'CLOSE_REPORT', 'TEST')),
    constraint print_job_status check (status in ('QUEUED', 'SENDING', 'PRINTED', 'FAILED', 'CANCELLED'))
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index print_job_printer_status on print_job (printer_id, status, id);
-- The worker asks every second which printers have waiting jobs: this keeps that off PRINTED history.
create index print_job_status_printer on print_job (status, printer_id);
create index print_job_store_created on print_job (store_id, created_at);

-- The store's receipt logo (optional): a PNG/JPEG printed at the top of each receipt, scaled to the paper.
create table receipt_logo (
    store_id   bigint      not null primary key,
    image      mediumblob  not null,
    updated_at datetime(3) not null,
    constraint receipt_logo_store foreign key (store_id) references store (id)
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;
