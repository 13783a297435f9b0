package org.outreachtracker.meeting;

import java.util.ArrayList;
import java.util.List;
import org.outreachtracker.counterpart.CounterpartLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves the meetings' links from one counterpart to another for a merge of the directory, and
 * back for its undoing. It runs only inside the directory's merge, which checks who may merge.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class MeetingCounterpartLinks implements CounterpartLinks {

    private final JdbcClient jdbc;

    MeetingCounterpartLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<LinkMoved> moveAll(long fromId, long toId) {
        List<LinkMoved> moved = new ArrayList<>();
        jdbc.sql("""
                        select mc.meeting_id,
                               exists (select 1 from meeting_counterpart o
                                       where o.meeting_id = mc.meeting_id and o.counterpart_id = :to)
                        from meeting_counterpart mc
                        where mc.counterpart_id = :from
                        order by mc.meeting_id
                        """)
                .param("from", fromId)
                .param("to", toId)
                .query((rs, n) -> new LinkMoved(rs.getLong(1), rs.getBoolean(2)))
                .list()
                .forEach(moved::add);
        for (LinkMoved link : moved) {
            changed(link.meetingId());
            if (link.survivorPresent()) {
                jdbc.sql("delete from meeting_counterpart where meeting_id = :meeting and counterpart_id = :from")
                        .param("meeting", link.meetingId())
                        .param("from", fromId)
                        .update();
            } else {
                jdbc.sql("update meeting_counterpart set counterpart_id = :to"
                                + " where meeting_id = :meeting and counterpart_id = :from")
                        .param("to", toId)
                        .param("meeting", link.meetingId())
                        .param("from", fromId)
                        .update();
            }
        }
        return moved;
    }

    /**
     * Counts the meeting as changed, so that a form opened on it before the merge is told someone
     * else changed it rather than saving the old link back.
     */
    private void changed(long meetingId) {
        jdbc.sql("update meeting set version = version + 1 where id = :meeting")
                .param("meeting", meetingId)
                .update();
    }

    @Override
    public void restore(long fromId, long toId, List<LinkMoved> moved) {
        for (LinkMoved link : moved) {
            boolean stillNamesSurvivor = jdbc.sql("select count(*) from meeting_counterpart"
                                    + " where meeting_id = :meeting and counterpart_id = :to")
                            .param("meeting", link.meetingId())
                            .param("to", toId)
                            .query(Long.class)
                            .single()
                    > 0;
            boolean namesMerged = jdbc.sql("select count(*) from meeting_counterpart"
                                    + " where meeting_id = :meeting and counterpart_id = :from")
                            .param("meeting", link.meetingId())
                            .param("from", fromId)
                            .query(Long.class)
                            .single()
                    > 0;
            if (namesMerged) {
                continue;
            }
            changed(link.meetingId());
            if (link.survivorPresent() || !stillNamesSurvivor) {
                // The meeting named both before the merge (or no longer names the survivor): add the link back.
                jdbc.sql("insert into meeting_counterpart (meeting_id, counterpart_id) values (:meeting, :from)")
                        .param("meeting", link.meetingId())
                        .param("from", fromId)
                        .update();
            } else {
                jdbc.sql("update meeting_counterpart set counterpart_id = :from"
                                + " where meeting_id = :meeting and counterpart_id = :to")
                        .param("from", fromId)
                        .param("meeting", link.meetingId())
                        .param("to", toId)
                        .update();
            }
        }
    }
}
