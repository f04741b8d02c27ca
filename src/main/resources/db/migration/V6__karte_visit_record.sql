-- Issue 4: the visit record of the karte: menus done, next-visit advice, and template fields
-- per salon type that the owner can extend (data, not code).

alter table visit
    add column advice varchar(1000) null after notes;

-- The menus done, as they were named and priced that day (the menu may change later).
create table visit_menu (
    visit_id     bigint       not null,
    position     int          not null,
    menu_item_id bigint       null,
    name         varchar(60)  not null,
    price        int          not null,
    primary key (visit_id, position),
    constraint visit_menu_visit foreign key (visit_id) references visit (id) on delete cascade,
    constraint visit_menu_item foreign key (menu_item_id) references menu_item (id)
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Template fields. store_id null: the defaults every store starts with.
-- kind: TEXT (one line), NOTE (several lines), NUMBER, CHOICE (options separated by '|').
create table karte_field (
    id          bigint auto_increment primary key,
    store_id    bigint        null,
    salon_type  varchar(20)   not null,
    label       varchar(40)   not null,
    kind        varchar(10)   not null,
    options     varchar(500)  null,
    unit        varchar(10)   null,
    position    int           not null,
    active      boolean       not null default true,
    constraint karte_field_store foreign key (store_id) references store (id)
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table visit_field (
    visit_id bigint       not null,
    field_id bigint       not null,
    value    varchar(500) not null,
    primary key (visit_id, field_id),
    constraint visit_field_visit foreign key (visit_id) references visit (id) on delete cascade,
    constraint visit_field_field foreign key (field_id) references karte_field (id)
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into karte_field (store_id, salon_type, label, kind, options, unit, position) values
    (null, 'HAIR', 'カラー剤・レシピ', 'NOTE', null, null, 10),
    (null, 'HAIR', '長さ', 'CHOICE', 'ベリーショート|ショート|ボブ|ミディアム|セミロング|ロング', null, 20),
    (null, 'HAIR', 'ダメージ', 'CHOICE', 'なし|少し|中程度|強い', null, 30),
    (null, 'HAIR', '施術メモ（パーマ・縮毛矯正の薬剤など）', 'NOTE', null, null, 40),
    (null, 'NAIL', 'カラー', 'TEXT', null, null, 10),
    (null, 'NAIL', 'デザイン', 'TEXT', null, null, 20),
    (null, 'NAIL', 'パーツ', 'TEXT', null, null, 30),
    (null, 'NAIL', 'ストーン', 'NUMBER', null, '個', 40),
    (null, 'NAIL', '長さ', 'CHOICE', 'ショート|ミディアム|ロング', null, 50),
    (null, 'NAIL', '形', 'CHOICE', 'スクエア|スクエアオフ|ラウンド|オーバル|ポイント|アーモンド', null, 60),
    (null, 'NAIL', '厚み', 'CHOICE', '薄め|普通|厚め', null, 70),
    (null, 'LASH', '本数', 'NUMBER', null, '本', 10),
    (null, 'LASH', '長さ', 'TEXT', null, 'mm', 20),
    (null, 'LASH', 'カール', 'CHOICE', 'J|B|C|CC|D|L', null, 30),
    (null, 'LASH', '太さ', 'CHOICE', '0.07|0.10|0.12|0.15|0.18|0.20', 'mm', 40),
    (null, 'LASH', 'グルー', 'TEXT', null, null, 50),
    (null, 'ESTHETIC', '肌の状態', 'NOTE', null, null, 10),
    (null, 'ESTHETIC', '機器・設定', 'TEXT', null, null, 20);
