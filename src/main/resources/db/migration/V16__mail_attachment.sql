-- Files sent with an outbox mail (a receipt PDF, a signed consent form): written with the mail in
-- one transaction, so a mail server that is down delays the attachment with the mail, never loses it.
create table mail_attachment (
    mail_id      bigint       not null,
    position     int          not null,
    file_name    varchar(100) not null,
    content_type varchar(100) not null,
    content      mediumblob   not null,
    primary key (mail_id, position),
    constraint mail_attachment_mail foreign key (mail_id) references mail_outbox (id) on delete cascade
) default charset = utf8mb4 collate = utf8mb4_unicode_ci;
