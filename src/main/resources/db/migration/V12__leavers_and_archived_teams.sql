-- Leavers and archived teams (issue 14). Nobody is deleted: a person who leaves is
-- deactivated (active = false, left_on = the day she left) and a team is archived, so
-- that their history stays in "as it was on" views and exports while current views
-- (today's heatmap, templates, team pickers) leave them out.

alter table person add column active boolean default true not null;
alter table person add column left_on date;
alter table team add column archived_at timestamp(6);

-- the people list pages through a tenant's people by name, filtered by status
create index ix_person_active_name on person (tenant_id, active, name);
create index ix_person_name on person (tenant_id, name);
-- PersonStanding, at every request: does this person lead a team?
create index ix_team_membership_person on team_membership (tenant_id, person_id, team_role, team_id);
create index ix_team_archived_name on team (tenant_id, archived_at, name);
