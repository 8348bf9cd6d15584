-- A number that goes up whenever something an app node keeps in memory to react to answers changes: follow-up
-- rules, experiments and their variants, webhook endpoints and subscriptions, touchpoints. Statement triggers raise
-- it on PostgreSQL (db/vendor/postgresql); without them the nodes keep nothing and read every time.
create table settings_version (
    name varchar(40) primary key,
    version bigint not null
);
insert into settings_version (name, version) values ('answer', 0);
