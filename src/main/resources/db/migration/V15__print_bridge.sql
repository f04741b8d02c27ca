-- Issue 7 item 5 (print bridge) and issue 6 leftovers: IPP document printers, printers driven by a
-- bridge in the salon, bridge tokens, the lease a bridge holds on a job, and the index for the
-- nightly clean-up (DD028, DD029, DD030).

-- A printer is an ESC/POS receipt printer (raw TCP, host + port as before) or an IPP document
-- printer (office / AirPrint-class, reached at uri, e.g. ipp://192.168.0.60:631/ipp/print; host
-- and port then repeat the uri's for display). is_receipt_printer marks the store's receipt printer,
-- is_document_printer its document printer (one of each per store, kept so by the service).
-- via_bridge: the printer sits in the salon's LAN and a print bridge there sends its jobs; the
-- server's own worker leaves them alone.
alter table printer
    add column printer_type varchar(10) not null default 'ESCPOS' after name,
    add column uri varchar(500) null after port,
    add column is_document_printer boolean not null default false after is_receipt_printer,
    add column via_bridge boolean not null default false after is_document_printer;

alter table printer
    add constraint printer_type check (printer_type in ('ESCPOS', 'IPP'));

-- DOCUMENT: a PDF (signed consent form) for an IPP printer.
alter table print_job drop constraint print_job_kind;

alter table print_job
    add constraint print_job_kind check (kind in ('RECEIPT', 'CLOSE_REPORT', 'TEST', 'DOCUMENT'));

-- The lease of the current attempt (a random id): a bridge reports its result with it, so a late
-- failure report of an expired lease cannot touch a newer attempt (DD029).
alter table print_job
    add column lease varchar(36) null after claimed_until;

-- The nightly clean-up deletes PRINTED and CANCELLED jobs older than 30 days (DD030).
create index print_job_status_created on print_job (status, created_at);

-- A print bridge's credential (DD029): only the SHA-256 of the secret is kept, with its first
-- characters for recognising it in the list. A revoked token is kept (who had access, until when).
create table bridge_token (
    id           bigint auto_increment primary key,
    store_id     bigint       not null,
    name         varchar(50)  not null,
    token_hash   char(64)     not null,
    token_prefix varchar(16)  not null,
    created_at   datetime(3)  not null,
    created_by   varchar(100),
    revoked_at   datetime(3),
    last_seen_at datetime(3),
    constraint bridge_token_store foreign key (store_id) references store (id),
    constraint bridge_token_hash unique (token_hash)
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index bridge_token_store on bridge_token (store_id, id);
