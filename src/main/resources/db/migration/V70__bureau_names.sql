-- The regional bureaus keep the name the screens have always used: the table "region" and the
-- country's "region_id" become "bureau" and "bureau_id", with their constraints and index.
-- Portable: H2 and PostgreSQL both accept these statements.
alter table region rename to bureau;
alter table country rename column region_id to bureau_id;
alter table bureau rename constraint uk_region_code to uk_bureau_code;
alter table bureau rename constraint uk_region_name to uk_bureau_name;
alter table country rename constraint fk_country_region to fk_country_bureau;
alter index ix_country_region rename to ix_country_bureau;
