package org.outreachtracker.followup.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.Map;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.followup.CommitmentRef;
import org.outreachtracker.followup.CommitmentService;

/**
 * The host-government commitments whose check-back date has come and whose outcome is still open:
 * one's own for an officer, everyone's for a manager. "Record outcome…" closes one. Shown only
 * while one is due.
 */
class DueCommitments extends Composite<Div> {

    final Grid<CommitmentRef> grid = new Grid<>();
    private final H2 title = new H2();
    private final CommitmentService commitments;

    DueCommitments(CommitmentService commitments, Map<Long, String> countries, Map<Long, String> users) {
        this.commitments = commitments;
        getContent().addClassName("due-commitments");
        getContent().setId("due-commitments");
        grid.addColumn(c -> Formats.date(c.checkBackDate()))
                .setHeader(getTranslation("followup.due.checkBackOn"))
                .setAutoWidth(true);
        grid.addColumn(c -> countries.getOrDefault(c.countryId(), ""))
                .setHeader(getTranslation("followup.due.country"))
                .setAutoWidth(true);
        grid.addColumn(CommitmentRef::description)
                .setHeader(getTranslation("followup.due.commitment"))
                .setFlexGrow(3);
        grid.addColumn(c -> users.getOrDefault(c.ownerId(), ""))
                .setHeader(getTranslation("followup.due.owner"))
                .setAutoWidth(true);
        grid.addComponentColumn(c -> new Anchor("meetings/" + c.meetingId(), getTranslation("followup.due.meeting")))
                .setHeader(getTranslation("followup.due.from"))
                .setAutoWidth(true);
        grid.addComponentColumn(c -> {
                    var record = new Button(
                            getTranslation("followup.due.recordOutcome"),
                            event -> new OutcomeDialog(c, commitments, this::refresh).open());
                    record.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    return record;
                })
                .setHeader(getTranslation("followup.due.nextStep"))
                .setKey("next")
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("followup.due.empty"));
        grid.getElement().setAttribute("aria-label", getTranslation("followup.due.label"));
        getContent().add(title, grid);
        refresh();
    }

    void refresh() {
        var due = commitments.due();
        title.setText(getTranslation("followup.due.title", due.size()));
        grid.setItems(due);
        setVisible(!due.isEmpty());
    }
}
