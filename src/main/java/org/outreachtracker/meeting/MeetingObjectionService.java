package org.outreachtracker.meeting;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.outreachtracker.base.Roles;
import org.outreachtracker.campaign.UnexpectedObjections;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the live meetings of a campaign say about objections: how often each expected objection was
 * raised in each country, the meetings behind a count, and the objections raised that the
 * campaign did not expect.
 */
@Service
@Transactional(readOnly = true)
public class MeetingObjectionService implements UnexpectedObjections {

    /** An expected objection raised in so many live meetings in one country. */
    public record ObjectionCount(long objectionId, long countryId, long meetings) {}

    /** A live meeting that raised an objection. */
    public record ObjectionMeeting(long meetingId, LocalDate meetingDate, long countryId) {}

    private final JdbcClient jdbc;

    MeetingObjectionService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per expected objection and country, the live meetings of the campaign that raised it. Read
     * from the counts kept as meetings change ({@link ObjectionCounts}): a few rows per objection
     * whatever the campaign's size.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public List<ObjectionCount> counts(long campaignId) {
        return jdbc.sql("""
                        select objection_id, country_id, meetings from objection_country_count
                        where campaign_id = :campaignId and meetings > 0
                        """)
                .param("campaignId", campaignId)
                .query((rs, n) -> new ObjectionCount(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    /** The live meetings in these countries that raised the objection, newest first. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public List<ObjectionMeeting> meetings(long objectionId, Set<Long> countryIds) {
        if (countryIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select m.id, m.meeting_date, m.country_id from meeting_objection mo
                        join meeting m on m.id = mo.meeting_id
                        where mo.objection_id = :objectionId and m.deleted_at is null
                          and m.country_id in (:countries)
                        order by m.meeting_date desc, m.id desc
                        """)
                .param("objectionId", objectionId)
                .param("countries", List.copyOf(countryIds))
                .query((rs, n) -> new ObjectionMeeting(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3)))
                .list();
    }

    @Override
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public List<Raised> of(long campaignId) {
        Map<String, String> firstWording = new LinkedHashMap<>();
        Map<String, Long> meetings = new LinkedHashMap<>();
        jdbc.sql("""
                        select n.text, n.meeting_id from meeting_new_objection n
                        join meeting m on m.id = n.meeting_id
                        where m.campaign_id = :campaignId and m.deleted_at is null
                        order by m.meeting_date, m.id, n.position
                        """).param("campaignId", campaignId).query(rs -> {
            String key = rs.getString(1).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            firstWording.putIfAbsent(key, rs.getString(1).strip());
            meetings.merge(key, 1L, Long::sum);
        });
        List<Raised> result = new ArrayList<>();
        firstWording.forEach((key, text) -> result.add(new Raised(text, meetings.get(key))));
        result.sort(Comparator.comparing(Raised::meetings).reversed().thenComparing(Raised::text));
        return result;
    }
}
