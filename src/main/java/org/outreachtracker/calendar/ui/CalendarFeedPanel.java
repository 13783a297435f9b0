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

    static final String WARNING = "Anyone with this address can see the titles of your due dates. Keep it private.";

    final Paragraph state = new Paragraph();
    final Button turnOn = new Button("Turn on calendar feed");
    final Button regenerate = new Button("Get a new address");
    final Button turnOff = new Button("Turn off");
    final TextField url = new TextField("Your calendar feed address");
    final Button copy = new Button("Copy address");
    final Div address = new Div();

    private final CalendarFeedService feeds;

    public CalendarFeedPanel(CalendarFeedService feeds) {
        this.feeds = feeds;
        Div content = getContent();
        content.addClassName("calendar-feed");
        content.setId("calendar-feed");

        var heading = new H2("Calendar feed");
        var explanation = new Paragraph("Subscribe to your due dates (your open follow-ups and the report-by dates"
                + " of your desk countries' taskings) from Outlook, Google Calendar or another calendar application.");

        state.setId("calendar-feed-state");
        turnOn.setId("calendar-feed-on");
        turnOn.addThemeVariants(ButtonVariant.PRIMARY);
        turnOn.addClickListener(event -> Saving.attempt(feeds::turnOn).ifPresent(made -> {
            Notifications.success("Calendar feed turned on.");
            show(made);
        }));
        regenerate.setId("calendar-feed-regenerate");
        regenerate.addClickListener(event -> confirmNewAddress());
        turnOff.setId("calendar-feed-off");
        turnOff.addClickListener(event -> {
            if (Saving.run(feeds::turnOff)) {
                Notifications.success("Calendar feed turned off. Its address no longer works.");
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
        var warning = new Paragraph(WARNING);
        warning.setId("calendar-feed-warning");
        address.add(urlRow, warning);

        var buttons = new HorizontalLayout(turnOn, regenerate, turnOff);
        content.add(heading, explanation, state, address, buttons);
        show(null);
    }

    private void confirmNewAddress() {
        var confirm = new ConfirmDialog(
                "Get a new address?",
                "Your current address stops working at once: calendars subscribed to it stop updating"
                        + " until you subscribe them to the new address.",
                "Get a new address",
                event -> Saving.attempt(feeds::regenerate).ifPresent(made -> {
                    Notifications.success("Your calendar feed has a new address. The old one no longer works.");
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
            state.setText("Your calendar feed is off.");
        } else if (made != null) {
            state.setText("Your calendar feed is on. Subscribe to this address in your calendar application;"
                    + " it is shown only now.");
        } else {
            state.setText("Your calendar feed is on (address made " + Formats.dateTime(status.addressCreatedAt())
                    + "). The address was shown when it was made; if you no longer have it, get a new address.");
        }
        url.setValue(made == null || !status.on() ? "" : made.url());
        address.setVisible(made != null && status.on());
        turnOn.setVisible(!status.on());
        regenerate.setVisible(status.on());
        turnOff.setVisible(status.on());
    }
}
