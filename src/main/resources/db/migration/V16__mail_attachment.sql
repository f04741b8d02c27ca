-- Outbox mail may carry files (a signed consent form's PDF). They are copied into the outbox in
-- the same transaction as the mail, so a mail server that is down delays the mail, never loses it.
create table mail_attachment (
    id           bigint auto_increment primary key,
    mail_id      bigint        not null,
    filename     varchar(200)  not null,
    content_type varchar(100)  not null,
    content      mediumblob    not null,
    constraint mail_attachment_mail foreign key (mail_id) references mail_outbox (id) on delete cascade
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;
