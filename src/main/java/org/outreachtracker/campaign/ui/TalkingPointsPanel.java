package org.outreachtracker.campaign.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Set;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.Saving;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.PointDraft;
import org.outreachtracker.campaign.RaisedTalkingPoints;
import org.outreachtracker.campaign.TalkingPointRef;

/**
 * A campaign's talking points in order. Managers add, edit, reorder and remove them (each
 * change is saved at once) and can issue a revised set as the next version; desk officers read
 * them. Earlier versions stay readable below the current one.
 */
class TalkingPointsPanel extends Composite<Section> {

    private final CampaignService campaigns;
    private final RaisedTalkingPoints meetings;
    private final long campaignId;
    private final boolean editable;
    private final OrderedList list = new OrderedList();
    private final Paragraph empty = new Paragraph();
    final Button add = new Button(getTranslation("campaign.points.add"), VaadinIcon.PLUS.create());
    final Button revise = new Button(getTranslation("campaign.points.revise"), VaadinIcon.FILE_REFRESH.create());
    private final Span currentVersion = new Span();
    private final Div earlier = new Div();

    TalkingPointsPanel(CampaignService campaigns, RaisedTalkingPoints meetings, long campaignId, boolean editable) {
        this.campaigns = campaigns;
        this.meetings = meetings;
        this.campaignId = campaignId;
        this.editable = editable;

        var heading = new H3(new Span(getTranslation("campaign.points.heading")), currentVersion);
        heading.setId("talking-points-heading");
        currentVersion.addClassName("points-version");
        var header = new Div(heading);
        header.addClassName("section-header");
        if (editable) {
            add.addClickListener(event -> openAdd());
            revise.addClickListener(event -> openRevise());
            revise.setTooltipText(getTranslation("campaign.points.revise.tooltip"));
            header.add(new Div(revise, add));
        }
        earlier.addClassName("earlier-points");
        list.addClassName("point-list");
        empty.addClassName("empty-state");
        getContent().addClassNames("campaign-section", "talking-points");
        getContent().getElement().setAttribute("aria-labelledby", "talking-points-heading");
        getContent().add(header, empty, list, earlier);
        refresh(null);
    }

    /** Reads the points again; puts the keyboard focus back on {@code focusAfter} of the point it names. */
    private void refresh(Focus focusAfter) {
        CampaignDetails campaign = campaigns.campaign(campaignId).orElse(null);
        int version = campaign == null ? 1 : campaign.currentPointsVersion();
        List<TalkingPointRef> points = campaign == null ? List.of() : campaign.currentPoints();
        currentVersion.setText(version > 1 ? getTranslation("campaign.points.currentVersion", version) : "");
        revise.setVisible(!points.isEmpty());
        showEarlier(campaign);
        Set<Long> raised = meetings.raisedPointIds(campaignId);
        list.removeAll();
        empty.setText(getTranslation(editable ? "campaign.points.emptyEditable" : "campaign.points.empty"));
        empty.setVisible(points.isEmpty());
        for (int i = 0; i < points.size(); i++) {
            list.add(row(
                    points.get(i),
                    i + 1,
                    i == 0,
                    i == points.size() - 1,
                    raised.contains(points.get(i).id()),
                    focusAfter));
        }
    }

    /** The versions the current one replaced, newest first, read-only and folded away. */
    private void showEarlier(CampaignDetails campaign) {
        earlier.removeAll();
        int version = campaign == null ? 1 : campaign.currentPointsVersion();
        if (version == 1) {
            return;
        }
        var versions = new Div();
        for (int v = version - 1; v >= 1; v--) {
            var points = new OrderedList();
            points.addClassName("point-list");
            for (TalkingPointRef point : campaign.points(v)) {
                var label = new Span(point.position() + ". " + point.label());
                label.addClassName("point-label");
                var text = new Paragraph(point.text());
                text.addClassName("point-text");
                var body = new Div(label, text);
                body.addClassName("point-body");
                var item = new ListItem(body);
                item.addClassName("earlier-point");
                points.add(item);
            }
            versions.add(new H4(getTranslation("campaign.points.version", v)), points);
        }
        var details = new Details(
                version == 2
                        ? getTranslation("campaign.points.earlier.one")
                        : getTranslation("campaign.points.earlier.many", version - 1),
                versions);
        details.addClassName("earlier-points-details");
        earlier.add(details);
    }

    private void openRevise() {
        CampaignDetails campaign = campaigns.campaign(campaignId).orElse(null);
        if (campaign == null) {
            return;
        }
        new RevisedPointsDialog(
                        campaign.currentPoints(),
                        campaign.currentPointsVersion() + 1,
                        drafts -> campaigns.issueRevisedPoints(campaignId, drafts),
                        () -> refresh(null))
                .open();
    }

    private ListItem row(
            TalkingPointRef point, int number, boolean first, boolean last, boolean delivered, Focus focusAfter) {
        var position = new Span(String.valueOf(number));
        position.addClassName("point-position");
        position.getElement().setAttribute("aria-hidden", "true");
        var label = new Span(point.label());
        label.addClassName("point-label");
        var title = new Div(label);
        title.addClassName("point-title");
        if (delivered) {
            var badge = new Span(getTranslation("campaign.points.raised"));
            badge.addClassName("point-raised");
            title.add(badge);
        }
        var text = new Paragraph(point.text());
        text.addClassName("point-text");
        var body = new Div(title, text);
        body.addClassName("point-body");
        var item = new ListItem(position, body);
        item.addClassName("point");
        if (!editable) {
            return item;
        }
        var edit = iconButton(
                VaadinIcon.EDIT,
                getTranslation("campaign.points.edit.aria", number),
                event -> openEdit(point, delivered));
        var up = iconButton(
                VaadinIcon.ARROW_UP, getTranslation("campaign.points.up.aria", number), event -> move(point, -1));
        up.setEnabled(!first);
        var down = iconButton(
                VaadinIcon.ARROW_DOWN, getTranslation("campaign.points.down.aria", number), event -> move(point, +1));
        down.setEnabled(!last);
        var actions = new Div(edit, up, down);
        if (!delivered) {
            var remove = iconButton(
                    VaadinIcon.TRASH,
                    getTranslation("campaign.points.remove.aria", number),
                    event -> confirmRemove(point));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(remove);
        }
        actions.addClassName("point-actions");
        item.add(actions);
        if (focusAfter != null && focusAfter.pointId() == point.id()) {
            // After a move the same button keeps the focus, unless the point reached the end.
            Button target = focusAfter.direction() < 0 ? (first ? down : up) : (last ? up : down);
            target.focus();
        }
        return item;
    }

    private static Button iconButton(VaadinIcon icon, String label, ComponentEventListener<ClickEvent<Button>> click) {
        var button = new Button(icon.create(), click);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private void openAdd() {
        new PointDialog(
                        getTranslation("campaign.points.new.heading"),
                        null,
                        false,
                        draft -> campaigns.addPoint(campaignId, draft),
                        getTranslation("campaign.points.added"),
                        () -> refresh(null))
                .open();
    }

    private void openEdit(TalkingPointRef point, boolean delivered) {
        new PointDialog(
                        getTranslation("campaign.points.edit.heading"),
                        new PointDraft(point.label(), point.text()),
                        delivered,
                        draft -> campaigns.updatePoint(point.id(), point.version(), draft),
                        getTranslation("campaign.points.saved"),
                        () -> refresh(null))
                .open();
    }

    private void move(TalkingPointRef point, int direction) {
        Saving.run(() -> campaigns.movePoint(point.id(), direction));
        refresh(new Focus(point.id(), direction));
    }

    private void confirmRemove(TalkingPointRef point) {
        var confirm = new ConfirmDialog(
                getTranslation("campaign.points.remove.heading"),
                getTranslation("campaign.points.remove.text", point.label()),
                getTranslation("campaign.points.remove.confirm"),
                event -> {
                    if (attempt(() -> campaigns.removePoint(point.id()))) {
                        Notifications.success(getTranslation("campaign.points.removed"));
                    }
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    /** Runs a change; shows the service's message when it is refused. Returns whether it worked. */
    private boolean attempt(Runnable change) {
        if (!Saving.run(change)) {
            return false;
        }
        refresh(null);
        return true;
    }

    private record Focus(long pointId, int direction) {}
}
