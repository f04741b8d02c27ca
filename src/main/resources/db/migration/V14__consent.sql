-- Issue 7: consent forms (電子同意書) signed on the iPad. DD024 (kiosk lock), DD025 (storage).
-- The signed PDF is mailed through the outbox with its attachments (mail_attachment, V16).

-- A consent form template of a store: only what may change without changing what a customer
-- signed (archived or not). The text lives in consent_template_version.
create table consent_template (
    id         bigint auto_increment primary key,
    store_id   bigint      not null,
    active     boolean     not null default true,
    created_at datetime(3) not null,
    updated_at datetime(3) not null,
    version    int         not null default 0,
    constraint consent_template_store foreign key (store_id) references store (id)
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index consent_template_store on consent_template (store_id, active);

-- One immutable version of a template's text: every save that changes something inserts the next
-- version_no; rows are never updated, so a signed form always points at exactly what it showed.
-- check_items: JSON array of strings; questions: JSON array of {"label": …, "required": …}.
-- second_signature_label: null when one signature is enough, else e.g. 保護者 or スタッフ立会い.
create table consent_template_version (
    id                     bigint auto_increment primary key,
    template_id            bigint        not null,
    version_no             int           not null,
    title                  varchar(100)  not null,
    body                   text          not null,
    check_items            text          not null,
    questions              text          not null,
    second_signature_label varchar(40)   null,
    created_at             datetime(3)   not null,
    created_by             varchar(254)  not null,
    constraint consent_template_version_template foreign key (template_id) references consent_template (id),
    constraint consent_template_version_no unique (template_id, version_no),
    constraint consent_template_version_positive check (version_no >= 1)
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Document numbers CF-yyyyMMdd-nnnnnn come from this sequence (gaps are harmless).
create sequence consent_document_seq start with 1 increment by 1 nocache;

-- A signed consent form: the filled text exactly as shown, the ticks and answers, the signature
-- image(s) and the sealed PDF with its SHA-256. Written once when the customer signs; the
-- application has no update path (only a customer merge re-points customer_id, and its undo).
-- checks: JSON array of {"label": …, "ticked": …}; answers: JSON array of {"question": …, "answer": …, "required": …}.
create table consent_form (
    id                     bigint auto_increment primary key,
    document_id            varchar(20)   not null,
    store_id               bigint        not null,
    customer_id            bigint        not null,
    visit_id               bigint        null,
    booking_id             bigint        null,
    staff_id               bigint        null,
    template_version_id    bigint        not null,
    title                  varchar(100)  not null,
    filled_body            mediumtext    not null,
    checks                 mediumtext    not null,
    answers                mediumtext    not null,
    signature_png          mediumblob    not null,
    second_signature_label varchar(40)   null,
    second_signature_png   mediumblob    null,
    signed_at              datetime(3)   not null,
    pdf                    mediumblob    not null,
    pdf_sha256             char(64)      not null,
    created_by             varchar(254)  not null,
    constraint consent_form_document unique (document_id),
    constraint consent_form_store foreign key (store_id) references store (id),
    constraint consent_form_customer foreign key (customer_id) references customer (id),
    constraint consent_form_visit foreign key (visit_id) references visit (id),
    constraint consent_form_booking foreign key (booking_id) references booking (id),
    constraint consent_form_staff foreign key (staff_id) references staff (id),
    constraint consent_form_template_version foreign key (template_version_id) references consent_template_version (id)
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index consent_form_customer on consent_form (customer_id, signed_at);
create index consent_form_visit on consent_form (visit_id);
