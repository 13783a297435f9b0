package org.outreachtracker.attachment;

import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AttachmentContentRepository extends JpaRepository<AttachmentContent, Long> {

    @Modifying
    @Query("delete from AttachmentContent c where c.attachmentId in :ids")
    void deleteByIds(Collection<Long> ids);
}
