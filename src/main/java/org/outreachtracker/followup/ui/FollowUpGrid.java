package org.outreachtracker.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.NarrowCards;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.followup.FollowUpRef;

/**
 * The follow-ups list: overdue rows carry the part name "overdue" (tinted in followups.css) and
 * an "Overdue" badge, so the state does not rest on colour alone. Each row offers the actions
 * the user may take on it.
 */
class FollowUpGrid extends Grid<FollowUpRef> {

    /** Names to show for the ids a follow-up refers to. */
    record Names(Map<Long, String> countries, Map<Long, String> campaigns, Map<Long, String> users) {

        String country(long id) {
            return countries.getOrDefault(id, "");
        }

        String campaign(long id) {
            return campaigns.getOrDefault(id, "");
        }

        String user(long id) {
            return users.getOrDefault(id, "");
        }
    }

    /**
     * @param mayChangeStatus whether the user may change a row's status (its owner or a manager)
     * @param mayReassign whether the user may give follow-ups to someone else (managers)
     */
    FollowUpGrid(
            Names names,
            Predicate<FollowUpRef> mayChangeStatus,
            boolean mayReassign,
            Consumer<FollowUpRef> onChangeStatus,
            Consumer<FollowUpRef> onReassign) {
        addClassName("follow-up-grid");
        setAriaLabel(getTranslation("followup.grid.label"));
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setPartNameGenerator(row -> row.overdue() ? "overdue" : null);

        addColumn(new ComponentRenderer<>(FollowUpGrid::due))
                .setKey("dueDate")
                .setHeader(getTranslation("followup.grid.due"))
                .setSortProperty("dueDate")
                .setWidth("8.5rem")
                .setFlexGrow(0);
        addColumn(new ComponentRenderer<>(FollowUpGrid::description))
                .setKey("description")
                .setHeader(getTranslation("followup.grid.description"))
                .setWidth("14rem")
                .setFlexGrow(3);
        addColumn(row -> names.country(row.countryId()))
                .setKey("country")
                .setHeader(getTranslation("followup.grid.country"))
                .setWidth("7rem")
                .setFlexGrow(1);
        addColumn(new ComponentRenderer<>(row -> oneLine(names.campaign(row.campaignId()))))
                .setKey("campaign")
                .setHeader(getTranslation("followup.grid.campaign"))
                .setWidth("8rem")
                .setFlexGrow(1)
                .setTooltipGenerator(row -> names.campaign(row.campaignId()));
        addColumn(row -> names.user(row.ownerId()))
                .setKey("owner")
                .setHeader(getTranslation("followup.grid.owner"))
                .setWidth("8rem")
                .setFlexGrow(1);
        addColumn(row -> Translations.label(row.priority()))
                .setKey("priority")
                .setHeader(getTranslation("followup.grid.priority"))
                .setWidth("6.5rem")
                .setFlexGrow(0);
        addColumn(row -> Translations.label(row.status()))
                .setKey("status")
                .setHeader(getTranslation("followup.grid.status"))
                .setSortProperty("status")
                .setWidth("7rem")
                .setFlexGrow(0);
        addColumn(new ComponentRenderer<>(
                        row -> actions(row, mayChangeStatus.test(row), mayReassign, onChangeStatus, onReassign)))
                .setKey("actions")
                .setHeader(getTranslation("followup.grid.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        // On a phone: one card per follow-up, with its actions.
        cards = NarrowCards.install(
                this,
                new ComponentRenderer<>(
                        row -> card(row, names, mayChangeStatus.test(row), mayReassign, onChangeStatus, onReassign)),
                getTranslation("followup.grid.label"));
        cards.column().setSortProperty("dueDate");
    }

    /** The grid's columns, or cards on a phone. */
    final NarrowCards<FollowUpRef> cards;

    private static Div card(
            FollowUpRef row,
            Names names,
            boolean mayChangeStatus,
            boolean mayReassign,
            Consumer<FollowUpRef> onChangeStatus,
            Consumer<FollowUpRef> onReassign) {
        var place = new Div(new Span(names.country(row.countryId())), due(row));
        place.addClassName("card-line");
        var text = description(row);
        text.addClassName("card-text");
        var meta = new Div(new Span(names.campaign(row.campaignId())));
        meta.addClassName("card-meta");
        var state = new Div(new Span(Translations.text(
                "followup.grid.card.state",
                names.user(row.ownerId()),
                Translations.label(row.priority()),
                Translations.label(row.status()))));
        state.addClassName("card-meta");
        var card = new Div(
                place, text, meta, state, actions(row, mayChangeStatus, mayReassign, onChangeStatus, onReassign));
        card.addClassName("row-card");
        return card;
    }

    private static Div due(FollowUpRef row) {
        var cell = new Div(new Span(Formats.date(row.dueDate())));
        cell.addClassName("due-cell");
        if (row.overdue()) {
            var badge = new Span(Translations.text("followup.grid.overdue"));
            badge.addClassName("overdue-badge");
            cell.add(badge);
        }
        return cell;
    }

    /** Long campaign titles stay on one line (the tooltip shows them whole). */
    private static Span oneLine(String text) {
        var span = new Span(text);
        span.addClassName("one-line");
        return span;
    }

    private static Div description(FollowUpRef row) {
        var cell = new Div(new Span(row.description()));
        cell.addClassName("description-cell");
        if (row.meetingId() != null) {
            var link = new Anchor("meetings/" + row.meetingId(), Translations.text("followup.grid.openMeeting"));
            link.addClassName("meeting-link");
            cell.add(link);
        }
        return cell;
    }

    private static Div actions(
            FollowUpRef row,
            boolean mayChangeStatus,
            boolean mayReassign,
            Consumer<FollowUpRef> onChangeStatus,
            Consumer<FollowUpRef> onReassign) {
        var cell = new Div();
        cell.addClassName("row-actions");
        if (mayChangeStatus) {
            var change =
                    new Button(Translations.text("followup.grid.changeStatus"), event -> onChangeStatus.accept(row));
            change.addThemeVariants(ButtonVariant.LUMO_SMALL);
            cell.add(change);
        }
        if (mayReassign) {
            var reassign = new Button(Translations.text("followup.grid.reassign"), event -> onReassign.accept(row));
            reassign.addThemeVariants(ButtonVariant.LUMO_SMALL);
            cell.add(reassign);
        }
        return cell;
    }
}
