-- The experiment variant an answer belongs to (null outside experiments).
alter table survey_response add column variant varchar(50);
