-- Objections a counterpart raised in a meeting: those the campaign expected, by id, and new ones
-- in the officer's words, in the order given.
create table meeting_objection (
    meeting_id    bigint not null,
    objection_id  bigint not null,
    constraint pk_meeting_objection primary key (meeting_id, objection_id),
    constraint fk_meeting_objection_meeting foreign key (meeting_id) references meeting (id),
    constraint fk_meeting_objection_objection foreign key (objection_id) references campaign_objection (id)
);
create index ix_meeting_objection_objection on meeting_objection (objection_id);

create table meeting_new_objection (
    meeting_id  bigint       not null,
    position    integer      not null,
    text        varchar(300) not null,
    constraint pk_meeting_new_objection primary key (meeting_id, position),
    constraint fk_meeting_new_objection_meeting foreign key (meeting_id) references meeting (id)
);
