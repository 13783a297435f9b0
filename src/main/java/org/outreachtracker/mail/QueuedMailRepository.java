package org.outreachtracker.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QueuedMailRepository extends JpaRepository<QueuedMail, Long> {

    /** The ids of waiting messages whose next attempt is due, oldest first. */
    @Query("select m.id from QueuedMail m where m.state = org.outreachtracker.mail.MailState.WAITING"
            + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
    List<Long> dueIds(Instant now, Pageable pageable);

    /** The queue, newest first, in the states asked for. */
    @Query("select m from QueuedMail m where m.state in :states order by m.createdAt desc, m.id desc")
    List<QueuedMail> list(Collection<MailState> states, Pageable pageable);

    long countByStateIn(Collection<MailState> states);

    long countByState(MailState state);
}
