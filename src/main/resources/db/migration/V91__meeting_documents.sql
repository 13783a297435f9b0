-- The documents left in writing with a counterpart at a meeting (a non-paper, an aide-memoire),
-- in the order the officer listed them; attachment_id is the stored file, when one was kept
-- (the attachment feature's table; no foreign key across features, its owner is this meeting).
create table meeting_document (
    meeting_id    bigint      not null,
    position      integer     not null,
    kind          varchar(20) not null,
    language      varchar(40),
    doc_version   varchar(40),
    attachment_id bigint,
    constraint pk_meeting_document primary key (meeting_id, position),
    constraint fk_meeting_document_meeting foreign key (meeting_id) references meeting (id)
);

create index ix_meeting_document_attachment on meeting_document (attachment_id);
