package org.outreachtracker.campaign;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.outreachtracker.base.AbstractEntity;
import org.outreachtracker.counterpart.CounterpartLevel;

/** One outreach instruction: what to raise, with whom (which countries), by when. */
@Entity
@Table(name = "campaign")
class Campaign extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String title = "";

    @Column(name = "cable_reference", nullable = false, length = 100)
    private String cableReference = "";

    @Column(nullable = false, length = 4000)
    private String objective = "";

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CampaignStatus status = CampaignStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(name = "minimum_level", length = 30)
    private CounterpartLevel minimumLevel;

    @Column(name = "all_countries", nullable = false)
    private boolean allCountries;

    @ElementCollection
    @CollectionTable(name = "campaign_country", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "country_id", nullable = false)
    private Set<Long> targetCountryIds = new HashSet<>();

    protected Campaign() {}

    Campaign(CampaignDraft draft) {
        apply(draft);
    }

    void apply(CampaignDraft draft) {
        title = draft.title().strip();
        cableReference = draft.cableReference().strip();
        objective = draft.objective().strip();
        issueDate = draft.issueDate();
        deadline = draft.deadline();
        status = draft.status();
        minimumLevel = draft.minimumLevel();
        allCountries = draft.allCountries();
        targetCountryIds.clear();
        if (!allCountries) {
            targetCountryIds.addAll(draft.targetCountryIds());
        }
    }

    String getTitle() {
        return title;
    }

    String getCableReference() {
        return cableReference;
    }

    String getObjective() {
        return objective;
    }

    LocalDate getIssueDate() {
        return issueDate;
    }

    LocalDate getDeadline() {
        return deadline;
    }

    CampaignStatus getStatus() {
        return status;
    }

    CounterpartLevel getMinimumLevel() {
        return minimumLevel;
    }

    boolean isAllCountries() {
        return allCountries;
    }

    Set<Long> getTargetCountryIds() {
        return Set.copyOf(targetCountryIds);
    }

    CampaignDraft toDraft() {
        return new CampaignDraft(
                title,
                cableReference,
                objective,
                issueDate,
                deadline,
                status,
                allCountries,
                targetCountryIds,
                minimumLevel);
    }

    boolean targets(long countryId) {
        return allCountries || targetCountryIds.contains(countryId);
    }
}
