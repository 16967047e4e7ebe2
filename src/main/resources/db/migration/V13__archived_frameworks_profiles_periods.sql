-- Undo mistakes without losing history (issue 14): frameworks, job profiles and assessment
-- periods are archived, not deleted. The day of archiving lets "as it was on" show a framework
-- on the days it was still in use. A framework's `enabled` flag meant the same as archived
-- (decision 0015): frameworks disabled before this migration count as archived on the day
-- they were last changed.
alter table framework add column archived_on date;
update framework set archived_on = cast(updated_at as date) where enabled = false;
alter table framework drop column enabled;

alter table job_profile add column archived_on date;

alter table assessment_period add column archived_on date;
