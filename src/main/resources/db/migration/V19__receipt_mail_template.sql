-- The receipt mail is edited under settings → メール like the booking mails (issue 13).
alter table mail_template drop constraint mail_template_kind;
alter table mail_template add constraint mail_template_kind
    check (kind in ('CONFIRMATION', 'CHANGE', 'CANCELLATION', 'REMINDER', 'RECEIPT'));
