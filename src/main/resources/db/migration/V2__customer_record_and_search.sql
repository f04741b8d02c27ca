-- Issue 3: the full customer record, reusable tags, and the search index.

alter table customer
    change column phone mobile_phone varchar(20) null,
    add column customer_no        varchar(20)   null after id,
    add column landline_phone     varchar(20)   null after mobile_phone,
    add column postal_code        varchar(8)    null,
    add column address            varchar(200)  null,
    add column preferences        varchar(1000) null,
    add column cautions           varchar(1000) null,
    add column assigned_staff_id  bigint        null,
    add column active             boolean       not null default true,
    add column updated_at         datetime(3)   null;

-- customer_no stays nullable only for the moment between insert and numbering (same transaction).
update customer set customer_no = lpad(id, 6, '0'), updated_at = created_at;

alter table customer
    modify column updated_at datetime(3) not null,
    add constraint customer_no_unique unique (customer_no),
    add constraint customer_assigned_staff foreign key (assigned_staff_id) references staff (id);

create table customer_tag (
    customer_id bigint      not null,
    tag         varchar(30) not null,
    primary key (customer_id, tag),
    constraint customer_tag_customer foreign key (customer_id) references customer (id) on delete cascade
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index customer_tag_tag on customer_tag (tag);

-- Every suffix of the customer's normalised name (kanji and kana), phone digits and number.
-- A search is then a prefix range scan on an index ("token like 'q%'"), which finds any part
-- of a name or number without scanning raw text. Binary collation: the text is normalised in
-- Java, so the index compares bytes and does not fold anything a second time.
create table customer_search (
    customer_id bigint      not null,
    token       varchar(40) character set utf8mb4 collate utf8mb4_bin not null,
    primary key (token, customer_id),
    constraint customer_search_customer foreign key (customer_id) references customer (id) on delete cascade
) default charset = utf8mb4;

create index customer_search_customer on customer_search (customer_id);
