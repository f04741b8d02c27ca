-- Issue 4: handwriting over a photo, kept as vector JSON (editable again) and flattened into
-- a drawn display image and thumbnail (for the karte, PDF and sharing). The photo itself stays.
alter table visit_photo
    add column drawing_json          mediumtext null,
    add column drawn_display_key     char(64)   null,
    add column drawn_thumbnail_key   char(64)   null;

create index visit_photo_drawn_display on visit_photo (drawn_display_key);
create index visit_photo_drawn_thumbnail on visit_photo (drawn_thumbnail_key);
