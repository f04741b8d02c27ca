-- Who saw or changed personal data, and when (APPI, DD034). The application only inserts and
-- selects; rows are kept at least three years (nothing deletes them). Triggers that refuse
-- UPDATE and DELETE are added after migration by AuditTriggers where the database user may
-- create them. Ids only, no foreign keys: an event outlives any change to what it names.
create table audit_event (
    id          bigint auto_increment primary key,
    at          datetime(3)   not null, -- UTC
    store_id    bigint        null,
    staff_id    bigint        null,
    kind        varchar(40)   not null,
    customer_id bigint        null,
    detail      varchar(500)  null,
    client_hash char(16)      null,
    index audit_event_store_at (store_id, at),
    index audit_event_customer_at (customer_id, at),
    index audit_event_staff_at (staff_id, at)
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;
