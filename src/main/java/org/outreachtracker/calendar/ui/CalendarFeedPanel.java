package org.outreachtracker.calendar.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.Saving;
import org.outreachtracker.calendar.CalendarFeedService;
import org.outreachtracker.calendar.CalendarFeedStatus;
import org.outreachtracker.calendar.FeedAddress;

/**
 * The signed-in person's calendar feed, for their account page: what it is, whether it is on, and
 * the buttons to turn it on, get a new address, or turn it off. A new address is shown once, right
 * after it is made, with a button that copies it; it cannot be shown again later (only its hash is
 * kept), so a person who lost it gets a new one.
 */
public class CalendarFeedPanel extends Composite<Div> {

    final Paragraph state = new Paragraph();
    final Button turnOn = new Button(getTranslation("calendar.feed.turnOn"));
    final Button regenerate = new Button(getTranslation("calendar.feed.regenerate"));
    final Button turnOff = new Button(getTranslation("calendar.feed.turnOff"));
    final TextField url = new TextField(getTranslation("calendar.feed.url"));
    final Button copy = new Button(getTranslation("calendar.feed.copy"));
    final Div address = new Div();

    private final CalendarFeedService feeds;

    public CalendarFeedPanel(CalendarFeedService feeds) {
        this.feeds = feeds;
        Div content = getContent();
        content.addClassName("calendar-feed");
        content.setId("calendar-feed");

        var heading = new H2(getTranslation("calendar.feed.heading"));
        var explanation = new Paragraph(getTranslation("calendar.feed.explanation"));

        state.setId("calendar-feed-state");
        turnOn.setId("calendar-feed-on");
        turnOn.addThemeVariants(ButtonVariant.PRIMARY);
        turnOn.addClickListener(event -> Saving.attempt(feeds::turnOn).ifPresent(made -> {
            Notifications.success(getTranslation("calendar.feed.turnedOn"));
            show(made);
        }));
        regenerate.setId("calendar-feed-regenerate");
        regenerate.addClickListener(event -> confirmNewAddress());
        turnOff.setId("calendar-feed-off");
        turnOff.addClickListener(event -> {
            if (Saving.run(feeds::turnOff)) {
                Notifications.success(getTranslation("calendar.feed.turnedOff"));
                show(null);
            }
        });

        url.setId("calendar-feed-url");
        url.setReadOnly(true);
        url.setWidthFull();
        url.addFocusListener(event -> url.getElement().executeJs("this.inputElement.select()"));
        copy.setId("calendar-feed-copy");
        Clipboard.onClick(copy).writeText(url);
        var urlRow = new HorizontalLayout(url, copy);
        urlRow.setWidthFull();
        urlRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        var warning = new Paragraph(getTranslation("calendar.feed.warning"));
        warning.setId("calendar-feed-warning");
        address.add(urlRow, warning);

        var buttons = new HorizontalLayout(turnOn, regenerate, turnOff);
        content.add(heading, explanation, state, address, buttons);
        show(null);
    }

    private void confirmNewAddress() {
        var confirm = new ConfirmDialog(
                getTranslation("calendar.feed.confirm.heading"),
                getTranslation("calendar.feed.confirm.text"),
                getTranslation("calendar.feed.confirm.confirm"),
                event -> Saving.attempt(feeds::regenerate).ifPresent(made -> {
                    Notifications.success(getTranslation("calendar.feed.regenerated"));
                    show(made);
                }));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Shows the feed's state as stored, and the address when it was just made (null otherwise). */
    private void show(FeedAddress made) {
        CalendarFeedStatus status = feeds.feedStatus();
        if (!status.on()) {
            state.setText(getTranslation("calendar.feed.off"));
        } else if (made != null) {
            state.setText(getTranslation("calendar.feed.onNew"));
        } else {
            state.setText(getTranslation("calendar.feed.on", Formats.dateTime(status.addressCreatedAt())));
        }
        url.setValue(made == null || !status.on() ? "" : made.url());
        address.setVisible(made != null && status.on());
        turnOn.setVisible(!status.on());
        regenerate.setVisible(status.on());
        turnOff.setVisible(status.on());
    }
}
