-- Joint démarches: the partner governments or organizations that delivered a meeting's points with
-- us, and whether a partner delivered them without us (the country is then approached by a partner,
-- not by us). Coverage keeps the flag with each live meeting to tell the two apart.
alter table meeting add column partner_only boolean default false not null;

create table meeting_partner (
    meeting_id  bigint       not null,
    name        varchar(100) not null,
    constraint pk_meeting_partner primary key (meeting_id, name),
    constraint fk_meeting_partner_meeting foreign key (meeting_id) references meeting (id)
);

alter table coverage_meeting add column partner_only boolean default false not null;

-- The countries a partner approached without us: their partner-only meetings, then whether the
-- country has any meeting of ours, each a short range of this index.
create index ix_coverage_meeting_partner on coverage_meeting (partner_only, campaign_id, country_id, meeting_date);
