package org.outreachtracker.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.outreachtracker.base.DeletedRecord;
import org.outreachtracker.base.SoftDeletableEntity;

/** An outreach engagement: a post delivering a campaign's points to counterparts of a country. */
@Entity
@Table(name = "meeting")
class Meeting extends SoftDeletableEntity {

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "country_id", nullable = false)
    private long countryId;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_format", nullable = false, length = 20)
    private MeetingFormat format;

    @Column(name = "delivered_by", nullable = false, length = 200)
    private String deliveredBy = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "overall_response", length = 20)
    private OverallResponse overallResponse;

    @Column(nullable = false, length = 10000)
    private String summary = "";

    @Column(name = "response_quote", length = 2000)
    private String responseQuote;

    @Column(name = "handling_marking", nullable = false, length = 50)
    private String handlingMarking = "";

    @Column(name = "points_version", nullable = false)
    private int pointsVersion = 1;

    @Column(name = "reported_by_id", nullable = false, updatable = false)
    private long reportedById;

    @ElementCollection
    @CollectionTable(name = "meeting_counterpart", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "counterpart_id", nullable = false)
    private Set<Long> counterpartIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "meeting_objection", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "objection_id", nullable = false)
    private Set<Long> objectionIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "meeting_new_objection", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 300)
    private List<String> newObjections = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_partner", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "name", nullable = false, length = 100)
    private Set<String> partners = new HashSet<>();

    @Column(name = "partner_only", nullable = false)
    private boolean partnerOnly;

    @ElementCollection
    @CollectionTable(name = "meeting_point", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderBy("position")
    private List<DeliveredPoint> points = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_document", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<StoredDocumentLeft> documentsLeft = new ArrayList<>();

    protected Meeting() {}

    Meeting(long reportedById) {
        this.reportedById = reportedById;
    }

    /** Takes the draft's fields; {@code delivered} are the points raised, with their wording. */
    void apply(MeetingDraft draft, List<DeliveredPoint> delivered) {
        campaignId = draft.campaignId();
        countryId = draft.countryId();
        postId = draft.postId();
        meetingDate = draft.meetingDate();
        format = draft.format();
        deliveredBy = draft.deliveredBy().strip();
        overallResponse = draft.overallResponse();
        summary = draft.summary().strip();
        responseQuote = draft.responseQuote() == null || draft.responseQuote().isBlank()
                ? null
                : draft.responseQuote().strip();
        handlingMarking = draft.handlingMarking();
        if (draft.pointsVersion() != null) {
            pointsVersion = draft.pointsVersion();
        }
        objectionIds.clear();
        objectionIds.addAll(draft.objectionIds());
        newObjections.clear();
        draft.newObjections().stream()
                .map(String::strip)
                .filter(text -> !text.isEmpty())
                .forEach(newObjections::add);
        counterpartIds.clear();
        counterpartIds.addAll(draft.counterpartIds());
        partners.clear();
        draft.partners().stream()
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .forEach(partners::add);
        partnerOnly = draft.partnerOnly();
        points.clear();
        points.addAll(delivered);
        documentsLeft.clear();
        draft.documentsLeft().forEach(document -> documentsLeft.add(StoredDocumentLeft.of(document)));
    }

    List<DocumentLeft> getDocumentsLeft() {
        return documentsLeft.stream().map(StoredDocumentLeft::toDocumentLeft).toList();
    }

    int getPointsVersion() {
        return pointsVersion;
    }

    long getCampaignId() {
        return campaignId;
    }

    long getCountryId() {
        return countryId;
    }

    String getHandlingMarking() {
        return handlingMarking;
    }

    Set<Long> getCounterpartIds() {
        return Set.copyOf(counterpartIds);
    }

    Set<Long> getObjectionIds() {
        return Set.copyOf(objectionIds);
    }

    LocalDate getMeetingDate() {
        return meetingDate;
    }

    OverallResponse getOverallResponse() {
        return overallResponse;
    }

    long getPostId() {
        return postId;
    }

    long getReportedById() {
        return reportedById;
    }

    DeletedRecord toDeleted() {
        String gist = summary.length() <= 80 ? summary : summary.substring(0, 80) + "…";
        return toDeleted(meetingDate + ": " + gist, countryId);
    }

    List<DeliveredPoint> getPoints() {
        return List.copyOf(points);
    }

    MeetingDetails toDetails() {
        return new MeetingDetails(
                requireId(),
                getVersion(),
                campaignId,
                countryId,
                postId,
                meetingDate,
                format,
                deliveredBy,
                Set.copyOf(counterpartIds),
                List.copyOf(points),
                overallResponse,
                summary,
                responseQuote,
                handlingMarking,
                reportedById,
                getCreatedAt(),
                getUpdatedAt(),
                getUpdatedBy(),
                pointsVersion,
                Set.copyOf(objectionIds),
                List.copyOf(newObjections),
                Set.copyOf(partners),
                partnerOnly);
    }

    boolean isPartnerOnly() {
        return partnerOnly;
    }
}
