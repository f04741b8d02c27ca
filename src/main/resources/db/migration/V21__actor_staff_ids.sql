-- Who did it is recorded as a staff id everywhere (DD038), like tickets, reversals and closes already
-- do; the old text columns (a display name or a login e-mail) stay for rows written before, nullable.
alter table consent_template_version
    add column created_by_staff_id bigint null,
    modify created_by varchar(254) null,
    add constraint consent_template_version_created_by foreign key (created_by_staff_id) references staff (id);
alter table consent_form
    add column created_by_staff_id bigint null,
    modify created_by varchar(254) null,
    add constraint consent_form_created_by foreign key (created_by_staff_id) references staff (id);
alter table bridge_token
    add column created_by_staff_id bigint null,
    add constraint bridge_token_created_by foreign key (created_by_staff_id) references staff (id);
alter table customer_merge
    add column merged_by_staff_id bigint null,
    add column undone_by_staff_id bigint null,
    modify merged_by varchar(254) null,
    add constraint customer_merge_merged_by foreign key (merged_by_staff_id) references staff (id),
    add constraint customer_merge_undone_by foreign key (undone_by_staff_id) references staff (id);

-- Earlier rows: the staff member whose e-mail or "family given" name was written, where one matches.
update consent_template_version v join staff s
    on s.email = v.created_by or concat(s.family_name, ' ', s.given_name) = v.created_by
    set v.created_by_staff_id = s.id;
update consent_form f join staff s
    on s.email = f.created_by or concat(s.family_name, ' ', s.given_name) = f.created_by
    set f.created_by_staff_id = s.id;
update bridge_token t join staff s on s.email = t.created_by set t.created_by_staff_id = s.id;
update customer_merge m join staff s
    on s.email = m.merged_by or concat(s.family_name, ' ', s.given_name) = m.merged_by
    set m.merged_by_staff_id = s.id;
update customer_merge m join staff s
    on s.email = m.undone_by or concat(s.family_name, ' ', s.given_name) = m.undone_by
    set m.undone_by_staff_id = s.id;
