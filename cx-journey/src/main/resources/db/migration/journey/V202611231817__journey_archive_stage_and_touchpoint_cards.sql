-- A stage card or touchpoint card can be archived: it leaves the active map and the editor's columns but stays in
-- the version (readable, exported, restorable), so a card whose touchpoint has history need not be deleted.
alter table journey_stage_card add column archived boolean not null default false;
alter table journey_touchpoint_card add column archived boolean not null default false;
