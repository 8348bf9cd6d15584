-- Installation-wide sign-in choices: whether email-and-password sign-in stays on next to single sign-on.
create table sign_in_setting (
    id                   integer                  not null primary key,
    form_sign_in_enabled boolean                  not null,
    changed_by           varchar(320),
    changed_at           timestamp with time zone,
    constraint sign_in_setting_one_row_ck check (id = 1)
);

insert into sign_in_setting (id, form_sign_in_enabled) values (1, true);
