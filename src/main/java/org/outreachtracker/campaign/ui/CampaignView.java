package org.outreachtracker.campaign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.Role;
import org.outreachtracker.attachment.AttachmentService;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.RouteValues;
import org.outreachtracker.base.ui.Saving;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignDocumentService;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.RaisedTalkingPoints;
import org.outreachtracker.campaign.UnexpectedObjections;
import org.outreachtracker.reference.ReferenceService;

/**
 * One campaign: its details and target countries (managers edit and save them together) and
 * its talking points. Desk officers read everything.
 */
@Route("campaigns/:id")
@RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
public class CampaignView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final CampaignService campaigns;
    private final ReferenceService reference;
    private final RaisedTalkingPoints meetings;
    private final boolean manager;
    private final CampaignDocumentService documents;
    private final AttachmentService attachments;

    private CampaignDetails campaign;
    private CampaignForm form;
    private final H2 heading = new H2();
    private final Div meta = new Div();

    private final UnexpectedObjections unexpectedObjections;

    CampaignView(
            CampaignService campaigns,
            ReferenceService reference,
            RaisedTalkingPoints meetings,
            CurrentUser currentUser,
            CampaignDocumentService documents,
            AttachmentService attachments,
            UnexpectedObjections unexpectedObjections) {
        this.unexpectedObjections = unexpectedObjections;
        this.documents = documents;
        this.attachments = attachments;
        this.meetings = meetings;
        this.campaigns = campaigns;
        this.reference = reference;
        this.manager = currentUser.hasRole(Role.MANAGER);
        addClassNames("page", "campaign-page");
    }

    static RouteParameters parameters(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<CampaignDetails> found =
                event.getRouteParameters().get("id").flatMap(RouteValues::id).flatMap(campaigns::campaign);
        found.ifPresentOrElse(this::show, this::showNotFound);
    }

    /** Unsaved details or targets are not lost by following a link: the manager chooses. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (campaign == null || form == null || !form.hasChanges()) {
            return;
        }
        var action = event.postpone();
        var confirm = new ConfirmDialog(
                getTranslation("campaign.view.leave.heading"),
                getTranslation("campaign.view.leave.text"),
                getTranslation("campaign.view.leave.confirm"),
                leave -> action.proceed());
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("campaign.view.leave.stay"));
        confirm.open();
    }

    private void show(CampaignDetails details) {
        campaign = details;
        form = null;
        heading.addClassName("campaign-title");
        meta.addClassName("campaign-meta");
        showHeading();
        var back = new RouterLink(getTranslation("campaign.view.back"), CampaignsView.class);
        String meetingsOfCampaign = "meetings?campaign=" + details.id();
        var meetingsLink = new Anchor(meetingsOfCampaign, getTranslation("campaign.view.meetings"));
        var links = new Div(back, meetingsLink);
        links.addClassName("campaign-links");
        var header = new Div(new Div(heading, meta), links);
        header.addClassName("campaign-header");
        add(header);

        var targets = new TargetCountriesField(reference.bureaus(), reference.countries());
        if (manager) {
            form = new CampaignForm(targets);
            form.read(CampaignFormData.of(details));
            var editable = new Div(
                    section(getTranslation("campaign.view.details"), "campaign-details-heading", form),
                    section(getTranslation("campaign.view.targets"), "campaign-targets-heading", targets),
                    saveBar());
            editable.addClassName("campaign-editable");
            add(editable);
        } else {
            // Readers get the text, not a form: the header already names title, status and dates.
            targets.setValue(new TargetCountries(details.allCountries(), details.targetCountryIds()));
            targets.setReadOnly(true);
            var objective = new Paragraph(details.objective());
            objective.addClassName("campaign-objective");
            add(
                    section(getTranslation("campaign.view.objective"), "campaign-objective-heading", objective),
                    section(getTranslation("campaign.view.targets"), "campaign-targets-heading", targets));
        }
        add(new TalkingPointsPanel(campaigns, meetings, details.id(), manager));
        add(new ExpectedObjectionsPanel(campaigns, unexpectedObjections, details.id(), manager));
        add(new CampaignDocumentsPanel(documents, attachments, details.id(), manager));
    }

    private void showHeading() {
        heading.setText(campaign.title());
        meta.removeAll();
        meta.add(
                StatusBadge.of(campaign.status()),
                new Span(campaign.cableReference()),
                new Span(getTranslation("campaign.view.issued", Formats.date(campaign.issueDate()))),
                new Span(
                        campaign.deadline() == null
                                ? getTranslation("campaign.view.noDeadline")
                                : getTranslation("campaign.view.deadline", Formats.date(campaign.deadline()))));
        if (campaign.minimumLevel() != null) {
            meta.add(new Span(getTranslation(
                    "campaign.view.minimumLevel", campaign.minimumLevel().label())));
        }
    }

    private static Section section(String title, String headingId, Component content) {
        var heading = new H3(title);
        heading.setId(headingId);
        var section = new Section(heading, content);
        section.addClassName("campaign-section");
        section.getElement().setAttribute("aria-labelledby", headingId);
        return section;
    }

    private Div saveBar() {
        var save = new Button(getTranslation("campaign.view.save"), VaadinIcon.CHECK.create(), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var discard =
                new Button(getTranslation("campaign.view.discard"), event -> form.read(CampaignFormData.of(campaign)));
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var hint = new Span(getTranslation("campaign.view.saveHint"));
        hint.addClassName("save-hint");
        var bar = new Div(save, discard, hint);
        bar.addClassName("save-bar");
        return bar;
    }

    private void save() {
        form.write().ifPresent(draft -> {
            if (!Saving.run(() -> campaigns.update(campaign.id(), campaign.version(), draft))) {
                // A stale edit or a rule: the input stays on screen so nothing typed is lost.
                return;
            }
            campaign = campaigns.campaign(campaign.id()).orElseThrow();
            form.read(CampaignFormData.of(campaign));
            showHeading();
            Notifications.success(getTranslation("campaign.view.saved"));
        });
    }

    private void showNotFound() {
        campaign = null;
        var title = new H2(getTranslation("campaign.view.notFound"));
        var text = new Paragraph(getTranslation("campaign.view.notFound.text"));
        var back = new RouterLink(getTranslation("campaign.view.notFound.back"), CampaignsView.class);
        var box = new Div(title, text, back);
        box.addClassName("campaign-not-found");
        add(box);
    }

    @Override
    public String getPageTitle() {
        return (campaign == null ? getTranslation("campaign.view.notFound.title") : campaign.title())
                + " | Outreach Tracker";
    }
}
