package org.outreachtracker.campaign.ui;

import java.time.LocalDate;
import java.util.Set;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignDraft;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.counterpart.CounterpartLevel;

/** What the campaign form edits: a mutable copy of a {@link CampaignDraft}. */
class CampaignFormData {

    private String title = "";
    private String cableReference = "";
    private String objective = "";
    private LocalDate issueDate;
    private LocalDate deadline;
    private CampaignStatus status = CampaignStatus.DRAFT;
    private CounterpartLevel minimumLevel;
    private TargetCountries targets = TargetCountries.NONE;

    /** A new campaign: issued today, a draft, no targets yet. */
    static CampaignFormData newCampaign(LocalDate today) {
        var data = new CampaignFormData();
        data.issueDate = today;
        return data;
    }

    static CampaignFormData of(CampaignDetails campaign) {
        var data = new CampaignFormData();
        data.title = campaign.title();
        data.cableReference = campaign.cableReference();
        data.objective = campaign.objective();
        data.issueDate = campaign.issueDate();
        data.deadline = campaign.deadline();
        data.status = campaign.status();
        data.minimumLevel = campaign.minimumLevel();
        data.targets = new TargetCountries(campaign.allCountries(), campaign.targetCountryIds());
        return data;
    }

    CampaignDraft toDraft() {
        return new CampaignDraft(
                title,
                cableReference,
                objective,
                issueDate,
                deadline,
                status,
                targets.allCountries(),
                targets.allCountries() ? Set.of() : targets.countryIds(),
                minimumLevel);
    }

    CounterpartLevel getMinimumLevel() {
        return minimumLevel;
    }

    void setMinimumLevel(CounterpartLevel minimumLevel) {
        this.minimumLevel = minimumLevel;
    }

    String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    String getCableReference() {
        return cableReference;
    }

    void setCableReference(String cableReference) {
        this.cableReference = cableReference == null ? "" : cableReference;
    }

    String getObjective() {
        return objective;
    }

    void setObjective(String objective) {
        this.objective = objective == null ? "" : objective;
    }

    LocalDate getIssueDate() {
        return issueDate;
    }

    void setIssueDate(LocalDate issueDate) {
        this.issueDate = issueDate;
    }

    LocalDate getDeadline() {
        return deadline;
    }

    void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    CampaignStatus getStatus() {
        return status;
    }

    void setStatus(CampaignStatus status) {
        this.status = status;
    }

    TargetCountries getTargets() {
        return targets;
    }

    void setTargets(TargetCountries targets) {
        this.targets = targets == null ? TargetCountries.NONE : targets;
    }
}
