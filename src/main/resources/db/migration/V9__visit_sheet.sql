-- Issue 4: a visit's pictures are photos or drawing sheets without a photo (blank, head or hand
-- diagram). A sheet's picture is the template rendered on the server; the handwriting over it is
-- kept like a photo's. The limit of 12 counts photos only.
alter table visit_photo
    add column kind           varchar(10) not null default 'PHOTO',
    add column sheet_template varchar(20) null;
