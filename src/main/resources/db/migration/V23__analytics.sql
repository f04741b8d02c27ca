-- Issue 14: analytics (集計). DD041: figures come from indexed queries on the tickets, with each
-- line's share of its ticket's discount and tax stored once, at commit.

-- What a line earned after the line and ticket discounts, and its part of the rate's tax (Tax.shares):
-- per ticket and rate the lines add up to ticket_rate_total exactly. Filled for existing tickets by
-- V24 and made not null by V25.
alter table ticket_line
    add column net_amount bigint null,
    add column net_tax    bigint null;

-- A customer's visits in order (first visit, return within N days, cycle) and a day's reversals.
create index ticket_customer_day on ticket (customer_id, business_day);
create index ticket_reversal_store_day on ticket_reversal (store_id, business_day);

-- 指名: the customer asked for this stylist. Web bookings say so themselves (「指名なし」 or a name);
-- a booking taken at the counter or by phone counts as 指名 when it is with the customer's own
-- stylist (担当), the usual way salons counted it before the flag existed.
alter table booking add column nominated boolean not null default false;

update booking b
    join web_booking w on w.booking_id = b.id
    set b.nominated = w.staff_requested;

update booking b
    join customer c on c.id = b.customer_id
    left join web_booking w on w.booking_id = b.id
    set b.nominated = true
    where w.booking_id is null and c.assigned_staff_id = b.staff_id;

-- The staff member a ticket counts for (客数 per stylist): its first service line's stylist, else
-- the cashier (Ticket.countsFor). Filled for existing tickets by V24.
alter table ticket add column staff_id bigint null;
create index ticket_store_staff_day on ticket (store_id, staff_id, business_day);
