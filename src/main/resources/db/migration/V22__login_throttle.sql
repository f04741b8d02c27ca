-- Login and PIN brute force (issue 13, DD039): failures counted per account and per client address,
-- in the database so that a restart or a second app node does not forget them.
create table login_throttle (
    subject          varchar(320) not null primary key,
    failures         int          not null,
    lock_rounds      int          not null,
    locked_until     datetime(3)  null,   -- UTC
    last_failure_at  datetime(3)  not null -- UTC
);

-- The PIN lock of the staff row is replaced by the throttle's "pin:<staff id>" subject.
alter table staff drop column failed_pin_attempts, drop column pin_locked_until;
