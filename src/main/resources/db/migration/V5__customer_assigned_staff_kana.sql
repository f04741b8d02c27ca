-- The search's "customers of this stylist" lookup reads them in kana order (bench/run customer-search).
create index customer_assigned_staff_kana on customer (assigned_staff_id, family_name_kana, given_name_kana);
