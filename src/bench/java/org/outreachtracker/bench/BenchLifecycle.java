package org.outreachtracker.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The démarche lifecycle of the bench data set, derived in SQL from the campaigns and meetings
 * already written, as the application would have kept it: one tasking per post and target country
 * of every issued campaign (delivered by its country's first live meeting, most deliveries
 * reported, some appointments requested, a few waived), a minimum counterpart level on every third
 * campaign with some deliveries below it, documents left at about 3 % of meetings with their file
 * (1 KB each), four expected objections per campaign raised at about 15 % of meetings, commitments
 * at about 5 % with every outcome, and partners at about 3 % (one in ten of them delivered by the
 * partner alone). Deterministic: every choice is a function of the row's id, no random generator.
 * The same SQL on H2 and PostgreSQL, but for date arithmetic and text to bytes ({@link BenchDialect});
 * rows that get generated ids are inserted in a stated order, so that both databases give every
 * row the same id (the id decides a tasking's state). The order is the one H2 used before.
 */
final class BenchLifecycle {

    private BenchLifecycle() {}

    /** Writes the rows; adds the count of each new table to {@code counts}. */
    static void write(Connection db, BenchDialect dialect, PrintStream log, Map<String, Long> counts)
            throws SQLException {
        long started = System.nanoTime();
        try (Statement sql = db.createStatement()) {
            sql.execute("update campaign set minimum_level = 'SENIOR_OFFICIAL' where mod(id, 3) = 0"
                    + " and status <> 'DRAFT'");
            // Taskings: as activating a campaign creates them (the V82 backfill's rule), for every issued campaign.
            sql.execute("""
                    insert into tasking (campaign_id, country_id, post_id, report_by, state, state_changed_at,
                            below_minimum_level, version, created_at, created_by, updated_at, updated_by)
                    select c.id, t.country_id,
                           (select p.id from post p join post_country pc on pc.post_id = p.id
                             where pc.country_id = t.country_id and p.active = true and p.post_type <> 'MISSION'
                             order by p.name, p.id fetch first 1 row only),
                           c.deadline, 'INSTRUCTED', current_timestamp, false, 0, current_timestamp, 'bench',
                           current_timestamp, 'bench'
                    from campaign c
                    join (select cc.campaign_id, cc.country_id from campaign_country cc
                          union
                          select a.id, k.id from campaign a cross join country k
                           where a.all_countries = true and k.un_status in ('MEMBER', 'OBSERVER')) t
                      on t.campaign_id = c.id
                    where c.status <> 'DRAFT'
                    order by c.id, t.country_id""");
            sql.execute("""
                    insert into tasking_state_change (tasking_id, campaign_id, country_id, from_state, to_state,
                            effective_on, changed_at, changed_by)
                    select t.id, t.campaign_id, t.country_id, null, 'INSTRUCTED', c.issue_date, current_timestamp,
                           'bench'
                    from tasking t join campaign c on c.id = t.campaign_id
                    order by t.id""");
            // Every live meeting delivers its campaign's tasking for its country; below the minimum
            // level for one meeting in four where the campaign sets one.
            sql.execute("""
                    insert into tasking_delivery (meeting_id, tasking_id, meeting_date, below_minimum_level)
                    select m.id, t.id, m.meeting_date, c.minimum_level is not null and mod(m.id, 4) = 0
                    from meeting m
                    join tasking t on t.campaign_id = m.campaign_id and t.country_id = m.country_id
                    join campaign c on c.id = m.campaign_id
                    where m.deleted_at is null""");
            sql.execute("""
                    update tasking set state = 'DELIVERED',
                           delivered_on = (select min(d.meeting_date) from tasking_delivery d
                                            where d.tasking_id = tasking.id),
                           delivering_meeting_id = (select d.meeting_id from tasking_delivery d
                                                     where d.tasking_id = tasking.id
                                                     order by d.meeting_date, d.meeting_id fetch first 1 row only),
                           below_minimum_level = not exists (select 1 from tasking_delivery d
                                                              where d.tasking_id = tasking.id
                                                                and not d.below_minimum_level)
                    where exists (select 1 from tasking_delivery d where d.tasking_id = tasking.id)""");
            sql.execute("""
                    insert into tasking_state_change (tasking_id, campaign_id, country_id, from_state, to_state,
                            effective_on, changed_at, changed_by)
                    select id, campaign_id, country_id, 'INSTRUCTED', 'DELIVERED', delivered_on, current_timestamp,
                           'bench'
                    from tasking where state = 'DELIVERED' order by id""");
            // Four deliveries in five reported, a few days after the delivery (never after today).
            sql.execute("""
                    update tasking set state = 'REPORTED',
                           reported_on = least(%s, current_date),
                           report_reference = 'BENCH ' || id
                    where state = 'DELIVERED' and mod(id, 5) <> 0""".formatted(dialect.plusDays("delivered_on", "1 + mod(id, 6)")));
            sql.execute("""
                    insert into tasking_state_change (tasking_id, campaign_id, country_id, from_state, to_state,
                            effective_on, changed_at, changed_by)
                    select id, campaign_id, country_id, 'DELIVERED', 'REPORTED', reported_on, current_timestamp,
                           'bench'
                    from tasking where state = 'REPORTED' order by id""");
            // Of the posts without a delivery: one in twelve waived, one in three asked for an appointment.
            sql.execute("""
                    update tasking set state = 'WAIVED',
                           waiver_reason = case mod(id / 12, 3) when 0 then 'NO_APPOINTMENT_POSSIBLE'
                                                when 1 then 'DELIVERED_BY_PARTNER'
                                                else 'HOST_GOVERNMENT_UNAVAILABLE' end,
                           waived_by = 'bench', waived_at = current_timestamp
                    where state = 'INSTRUCTED' and mod(id, 12) = 1""");
            sql.execute("""
                    update tasking set state = 'APPOINTMENT_REQUESTED',
                           appointment_requested_on = (select %s from campaign c
                                                        where c.id = tasking.campaign_id)
                    where state = 'INSTRUCTED' and mod(id, 3) = 0""".formatted(dialect.plusDays("c.issue_date", "7")));
            sql.execute("""
                    insert into tasking_state_change (tasking_id, campaign_id, country_id, from_state, to_state,
                            effective_on, changed_at, changed_by)
                    select t.id, t.campaign_id, t.country_id, 'INSTRUCTED', t.state,
                           coalesce(t.appointment_requested_on, %s), current_timestamp,
                           'bench'
                    from tasking t join campaign c on c.id = t.campaign_id
                    where t.state in ('WAIVED', 'APPOINTMENT_REQUESTED')
                    order by t.id""".formatted(dialect.plusDays("c.issue_date", "14")));

            // Documents left: a non-paper with its file at one meeting in 33, a second document
            // (an aide-mémoire without a file) at one in 99.
            sql.execute("""
                    insert into attachment (file_name, media_type, size_bytes, sha256, owner_kind, owner_id,
                            uploaded_by_id, version, created_at, created_by, updated_at, updated_by)
                    select 'non-paper-' || id || '.pdf', 'application/pdf', 1024,
                           lpad(cast(id as varchar), 64, '0'), 'MEETING', id, reported_by_id, 0, current_timestamp,
                           'bench', current_timestamp, 'bench'
                    from meeting where mod(id, 33) = 0 order by id""");
            sql.execute("""
                    insert into attachment_content (attachment_id, content)
                    select id, %s from attachment where owner_kind = 'MEETING'""".formatted(dialect.utf8("repeat('%', 1024)")));
            sql.execute("""
                    insert into meeting_document (meeting_id, position, kind, language, doc_version, attachment_id)
                    select owner_id, 1, 'NON_PAPER', 'English', '1', id from attachment where owner_kind = 'MEETING'""");
            sql.execute("""
                    insert into meeting_document (meeting_id, position, kind, language, doc_version, attachment_id)
                    select id, 2, 'AIDE_MEMOIRE', 'French', null, null from meeting where mod(id, 99) = 0""");

            // Four expected objections per campaign, one raised at about one meeting in seven.
            sql.execute("""
                    insert into campaign_objection (campaign_id, position, text, version, created_at, created_by,
                            updated_at, updated_by)
                    select c.id, o.position, o.text, 0, current_timestamp, 'bench', current_timestamp, 'bench'
                    from campaign c cross join (values (1, 'This is protectionism'), (2, 'No evidence offered'),
                            (3, 'Our companies are not involved'), (4, 'A matter for industry')) o(position, text)
                    order by c.id, o.position""");
            sql.execute("""
                    insert into meeting_objection (meeting_id, objection_id)
                    select m.id, o.id from meeting m
                    join campaign_objection o on o.campaign_id = m.campaign_id and o.position = 1 + mod(m.id / 7, 4)
                    where mod(m.id, 7) = 0""");

            // Commitments at one meeting in twenty, owned by the reporting officer, every outcome.
            sql.execute("""
                    insert into commitment (campaign_id, country_id, meeting_id, description, owner_id, check_back_date,
                            outcome, outcome_note, version, created_at, created_by, updated_at, updated_by)
                    select campaign_id, country_id, id, 'Will review the procurement guidance', reported_by_id,
                           %s,
                           case mod(id / 20, 4) when 0 then 'OPEN' when 1 then 'KEPT' when 2 then 'PARTLY_KEPT'
                                else 'NOT_KEPT' end,
                           case mod(id / 20, 4) when 2 then 'Only in part.' when 3 then 'Not done.' else null end,
                           0, current_timestamp, 'bench', current_timestamp, 'bench'
                    from meeting where mod(id, 20) = 3 order by id""".formatted(dialect.plusDays("meeting_date", "90")));

            // Partners at one meeting in 33; one in ten of those delivered by the partner alone.
            sql.execute("insert into meeting_partner (meeting_id, name) select id, 'European Union' from meeting"
                    + " where mod(id, 33) = 5");
            sql.execute("update meeting set partner_only = true where mod(id, 330) = 5");
            sql.execute("update coverage_meeting set partner_only = true where mod(meeting_id, 330) = 5");
        }
        db.commit();
        for (String table : List.of(
                "tasking",
                "tasking_state_change",
                "tasking_delivery",
                "attachment",
                "meeting_document",
                "campaign_objection",
                "meeting_objection",
                "commitment",
                "meeting_partner")) {
            counts.put(table, single(db, "select count(*) from " + table));
        }
        counts.put(
                "tasking_lapsed",
                single(
                        db,
                        "select count(*) from tasking t join campaign c on c.id = t.campaign_id"
                                + " where c.status = 'ACTIVE' and t.report_by < current_date"
                                + " and t.state in ('INSTRUCTED', 'APPOINTMENT_REQUESTED', 'DELIVERED')"));
        counts.put("meeting_partner_only", single(db, "select count(*) from meeting where partner_only"));
        log.printf(
                "bench-data: lifecycle rows (taskings, documents, objections, commitments, partners) written in"
                        + " %.1f s%n",
                (System.nanoTime() - started) / 1e9);
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
