-- Issue 14 (DD041): every line has its net and tax share now (V24 filled the old ones).
alter table ticket_line
    modify column net_amount bigint not null,
    modify column net_tax    bigint not null;
