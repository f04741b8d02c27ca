-- Issue 4: up to 12 photos per visit. The bytes live in PhotoStorage by content hash
-- (original as uploaded, upright display size, thumbnail); the row says which.
create table visit_photo (
    id            bigint auto_increment primary key,
    visit_id      bigint       not null,
    position      int          not null,
    original_key  char(64)     not null,
    original_type varchar(10)  not null,
    display_key   char(64)     not null,
    thumbnail_key char(64)     not null,
    width         int          not null,
    height        int          not null,
    created_at    datetime(3)  not null,
    constraint visit_photo_visit foreign key (visit_id) references visit (id) on delete cascade,
    constraint visit_photo_position unique (visit_id, position)
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index visit_photo_display on visit_photo (display_key);
create index visit_photo_thumbnail on visit_photo (thumbnail_key);
