package org.outreachtracker.attachment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByIdIn(Collection<Long> ids);

    List<Attachment> findByOwnerKindAndOwnerId(String ownerKind, Long ownerId);

    @Query("select a.id from Attachment a where a.ownerKind is null and a.createdAt < :before")
    List<Long> findUnlinkedBefore(Instant before);

    @Modifying
    @Query("delete from Attachment a where a.id in :ids")
    void deleteByIds(Collection<Long> ids);
}
