package org.outreachtracker.campaign.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.ObjectionDraft;
import org.outreachtracker.campaign.UnexpectedObjections;

/**
 * The objections a campaign expects on its page, in order, so that posts prepare their answers
 * and meetings record which were raised; managers add to the list.
 */
class ExpectedObjectionsPanel extends Composite<Div> {

    private final CampaignService campaigns;
    private final long campaignId;
    private final OrderedList list = new OrderedList();
    private final Paragraph empty = new Paragraph(getTranslation("campaign.objections.empty"));
    private final UnexpectedObjections unexpected;
    private final boolean manager;
    /** Objections meetings recorded that the list does not have, each with "Add to the list" for a manager. */
    final Div raised = new Div();

    ExpectedObjectionsPanel(
            CampaignService campaigns, UnexpectedObjections unexpected, long campaignId, boolean manager) {
        this.campaigns = campaigns;
        this.unexpected = unexpected;
        this.manager = manager;
        this.campaignId = campaignId;
        raised.addClassName("unexpected-objections");
        var heading = new H2(getTranslation("campaign.objections.heading"));
        heading.setId("expected-objections-heading");
        getContent().addClassNames("expected-objections", "form-section");
        getContent().getElement().setAttribute("role", "region");
        getContent().getElement().setAttribute("aria-labelledby", "expected-objections-heading");
        getContent().add(heading, empty, list);
        if (manager) {
            getContent().add(addForm());
        }
        getContent().add(raised);
        refresh();
    }

    private Div addForm() {
        var text = new TextField(getTranslation("campaign.objections.new"));
        text.setMaxLength(300);
        text.setHelperText(getTranslation("campaign.objections.new.helper"));
        text.setWidthFull();
        var message = new Span();
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        var add = new Button(getTranslation("campaign.objections.add"), event -> {
            try {
                campaigns.addObjection(campaignId, new ObjectionDraft(text.getValue()));
                text.clear();
                message.setText("");
                refresh();
            } catch (RuleViolationException refused) {
                message.setText(Translations.refusal(refused));
            } catch (ConstraintViolationException invalid) {
                message.setText(
                        invalid.getConstraintViolations().iterator().next().getMessage());
            }
        });
        text.addKeyPressListener(Key.ENTER, event -> add.click());
        var form = new Div(text, add, message);
        form.addClassName("expected-objection-add");
        return form;
    }

    private void refresh() {
        list.removeAll();
        campaigns.objections(campaignId).forEach(o -> list.add(new ListItem(o.text())));
        boolean none = list.getChildren().findAny().isEmpty();
        empty.setVisible(none);
        list.setVisible(!none);
        showRaised();
    }

    /** The objections meetings raised that the campaign did not expect; a manager adds one to the list in a click. */
    private void showRaised() {
        raised.removeAll();
        var expected = campaigns.objections(campaignId).stream()
                .map(o -> normal(o.text()))
                .collect(java.util.stream.Collectors.toSet());
        var found = unexpected.of(campaignId).stream()
                .filter(o -> !expected.contains(normal(o.text())))
                .toList();
        if (found.isEmpty()) {
            return;
        }
        var items = new UnorderedList();
        for (UnexpectedObjections.Raised objection : found) {
            var item = new ListItem(
                    objection.meetings() == 1
                            ? getTranslation("campaign.objections.raisedIn.one", objection.text())
                            : getTranslation(
                                    "campaign.objections.raisedIn.many", objection.text(), objection.meetings()));
            if (manager) {
                var promote = new Button(getTranslation("campaign.objections.promote"), event -> {
                    try {
                        campaigns.addObjection(campaignId, new ObjectionDraft(objection.text()));
                        Notifications.success(getTranslation("campaign.objections.promoted", objection.text()));
                        refresh();
                    } catch (RuleViolationException refused) {
                        Notifications.error(Translations.refusal(refused));
                    }
                });
                promote.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                item.add(promote);
            }
            items.add(item);
        }
        raised.add(new H3(getTranslation("campaign.objections.unexpected")), items);
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
