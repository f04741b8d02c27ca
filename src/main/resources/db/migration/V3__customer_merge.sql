-- Issue 3: merging duplicate customers (顧客統合), audited and undoable.

alter table customer
    add column merged_into_id bigint null,
    add constraint customer_merged_into foreign key (merged_into_id) references customer (id);

create table customer_merge (
    id                     bigint auto_increment primary key,
    survivor_id            bigint        not null,
    merged_id              bigint        not null,
    survivor_before        longtext      not null,  -- JSON snapshot of the survivor before the merge
    merged_before          longtext      not null,  -- JSON snapshot of the merged record before the merge
    survivor_version_after int           not null,
    merged_version_after   int           not null,
    moved_rows             longtext      not null,  -- JSON: table -> ids moved to the survivor
    merged_at              datetime(3)   not null,
    merged_by              varchar(254)  not null,
    undone_at              datetime(3)   null,
    undone_by              varchar(254)  null,
    constraint customer_merge_survivor foreign key (survivor_id) references customer (id),
    constraint customer_merge_merged foreign key (merged_id) references customer (id)
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index customer_merge_survivor on customer_merge (survivor_id, merged_at);
create index customer_merge_merged on customer_merge (merged_id, merged_at);
