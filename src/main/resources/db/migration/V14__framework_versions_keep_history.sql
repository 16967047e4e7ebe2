-- Versions that keep history (issue 15): the day a version was retired lets "as it was on" a
-- day show the version that was current then. Versions retired before this migration count
-- as retired on the day they were last changed (a retired version is never changed again).
-- A level name set in the app is marked, so that it carries into the framework's next version.
alter table framework add column retired_on date;
update framework set retired_on = cast(updated_at as date) where retired = true;

alter table scale_level add column named_in_app boolean default false not null;
