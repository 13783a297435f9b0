package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.counterpart.CounterpartPositions;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.PositionHeld;
import org.outreachtracker.meeting.DeliveredPoint;
import org.outreachtracker.meeting.MeetingDetails;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.PostRef;
import org.outreachtracker.reference.ui.CountryNames;

/**
 * A logged meeting to read: the facts as a list of terms, the people met, the points raised
 * with each reaction, the summary and the counterpart's own words. For those who may read the
 * meeting but not change it; everything is text (no form fields, no hints for editing).
 */
class MeetingSummary extends Composite<Div> {

    MeetingSummary(MeetingDetails meeting, MeetingFormContext context) {
        getContent().addClassName("meeting-summary");
        CampaignSummary campaign = context.campaign(meeting.campaignId());
        CountryRef country = context.country(meeting.countryId());
        PostRef post = context.post(meeting.postId());
        var facts = new DescriptionList();
        fact(facts, Translations.text("meeting.list.campaign"), campaign == null ? "—" : campaign.title());
        fact(facts, Translations.text("meeting.list.country"), country == null ? "—" : CountryNames.of(country));
        fact(facts, Translations.text("meeting.list.post"), post == null ? "—" : post.name());
        fact(facts, Translations.text("meeting.list.date"), Formats.date(meeting.meetingDate()));
        fact(facts, Translations.text("meeting.form.format"), Translations.label(meeting.format()));
        fact(facts, Translations.text("meeting.form.deliveredBy"), meeting.deliveredBy());
        if (!meeting.partners().isEmpty()) {
            fact(
                    facts,
                    meeting.partnerOnly()
                            ? Translations.text("meeting.summary.partnerOnly")
                            : Translations.text("meeting.joint.partners"),
                    String.join(
                            ", ",
                            meeting.partners().stream()
                                    .distinct()
                                    .sorted(Formats.names())
                                    .toList()));
        }
        if (meeting.pointsVersion() > 1 || context.currentPointsVersion(meeting.campaignId()) > 1) {
            fact(
                    facts,
                    Translations.text("meeting.summary.pointsVersion"),
                    Translations.text("meeting.form.pointsVersion.item", meeting.pointsVersion()));
        }
        fact(
                facts,
                Translations.text("meeting.form.response"),
                meeting.overallResponse() == null
                        ? Translations.text("meeting.response.pending")
                        : Translations.label(meeting.overallResponse()));
        fact(facts, Translations.text("meeting.form.marking"), meeting.handlingMarking());
        facts.addClassName("meeting-facts");
        getContent()
                .add(
                        MeetingForm.section(Translations.text("meeting.summary.meeting"), facts),
                        MeetingForm.section(
                                Translations.text("meeting.form.section.who"),
                                people(
                                        context.counterpartService().counterparts(meeting.counterpartIds()),
                                        context.counterpartService().positions(meeting.counterpartIds()),
                                        meeting.meetingDate())),
                        MeetingForm.section(Translations.text("meeting.form.section.points"), points(meeting.points())),
                        MeetingForm.section(Translations.text("meeting.form.summary"), text(meeting.summary())));
        if (meeting.responseQuote() != null && !meeting.responseQuote().isBlank()) {
            var quote = new HtmlComponent("blockquote");
            quote.getElement().setText(meeting.responseQuote());
            quote.addClassName("response-quote");
            getContent().add(MeetingForm.section(Translations.text("meeting.summary.quote"), quote));
        }
    }

    private static void fact(DescriptionList facts, String term, String value) {
        facts.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }

    /**
     * The people met, each with the title and organization they held on the meeting's day (and
     * their current ones when they have moved since), linked to their page.
     */
    private static Div people(List<CounterpartRef> met, Map<Long, CounterpartPositions> positions, LocalDate day) {
        var list = new UnorderedList();
        met.stream().sorted(Formats.byName(CounterpartRef::name)).forEach(person -> {
            var name = new Anchor("counterparts/" + person.id(), person.name());
            name.addClassName("person-name");
            CounterpartPositions held = positions.get(person.id());
            PositionHeld then = held == null ? null : held.on(day);
            String position = then == null
                    ? Translations.text("meeting.summary.position", person.title(), person.organization())
                    : Translations.text("meeting.summary.position", then.title(), then.organization());
            String level = Translations.label(person.level());
            list.add(new ListItem(
                    name,
                    new Span(
                            then == null || then.current()
                                    ? Translations.text("meeting.summary.person", position, level)
                                    : Translations.text(
                                            "meeting.summary.personMoved",
                                            position,
                                            level,
                                            person.title(),
                                            person.organization()))));
        });
        return new Div(met.isEmpty() ? new Paragraph(Translations.text("meeting.summary.noCounterparts")) : list);
    }

    private static Div points(List<DeliveredPoint> raised) {
        if (raised.isEmpty()) {
            return new Div(new Paragraph(Translations.text("meeting.summary.noPoints")));
        }
        var list = new OrderedList();
        raised.stream()
                .sorted(Comparator.comparingInt(DeliveredPoint::position))
                .forEach(point -> {
                    var head = new Paragraph(Translations.text(
                            "meeting.summary.point", point.label(), Translations.label(point.reaction())));
                    head.addClassName("point-head");
                    var wording = new Paragraph(point.text());
                    wording.addClassName("point-text");
                    list.add(new ListItem(head, wording));
                });
        list.addClassName("raised-points");
        return new Div(list);
    }

    private static Paragraph text(String summary) {
        var text = new Paragraph(summary);
        text.addClassName("summary-text");
        return text;
    }
}
