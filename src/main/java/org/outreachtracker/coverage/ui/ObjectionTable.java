package org.outreachtracker.coverage.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.outreachtracker.base.ui.AppDialog;
import org.outreachtracker.base.ui.DataTable;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.campaign.ObjectionRef;
import org.outreachtracker.meeting.MeetingObjectionService;
import org.outreachtracker.reference.BureauRef;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ui.CountryNames;

/**
 * Which expected objections were raised where: one row per objection the campaign lists, one
 * column per regional bureau, each count the live meetings that raised it there. A count opens
 * the list of those meetings.
 */
class ObjectionTable extends Composite<Div> {

    ObjectionTable(
            List<ObjectionRef> objections,
            MeetingObjectionService service,
            long campaignId,
            List<BureauRef> bureaus,
            Map<Long, CountryRef> countries) {
        getContent().addClassNames("chart-card", "objection-table");
        getContent().add(new H2(getTranslation("coverage.objections.title")));
        if (objections.isEmpty()) {
            getContent().add(new Paragraph(getTranslation("coverage.objections.empty")));
            return;
        }
        Map<Long, Map<Long, Long>> byObjectionAndBureau = new HashMap<>();
        for (MeetingObjectionService.ObjectionCount count : service.counts(campaignId)) {
            CountryRef country = countries.get(count.countryId());
            if (country != null) {
                byObjectionAndBureau
                        .computeIfAbsent(count.objectionId(), id -> new HashMap<>())
                        .merge(country.bureauId(), count.meetings(), Long::sum);
            }
        }
        List<String> headers = new ArrayList<>(List.of(getTranslation("coverage.objections.objection")));
        bureaus.forEach(bureau -> headers.add(bureau.name()));
        headers.add(getTranslation("coverage.objections.allBureaus"));
        List<List<Object>> rows = new ArrayList<>();
        for (ObjectionRef objection : objections) {
            Map<Long, Long> counts = byObjectionAndBureau.getOrDefault(objection.id(), Map.of());
            List<Object> row = new ArrayList<>(List.of(objection.text()));
            for (BureauRef bureau : bureaus) {
                row.add(cell(
                        service,
                        objection,
                        counts.getOrDefault(bureau.id(), 0L),
                        bureau.name(),
                        () -> inBureau(countries, bureau.id()),
                        countries));
            }
            row.add(cell(
                    service,
                    objection,
                    counts.values().stream().mapToLong(Long::longValue).sum(),
                    getTranslation("coverage.objections.inAllBureaus"),
                    countries::keySet,
                    countries));
            rows.add(row);
        }
        getContent().add(DataTable.of(getTranslation("coverage.objections.caption"), headers, rows));
    }

    private static Object cell(
            MeetingObjectionService service,
            ObjectionRef objection,
            long count,
            String where,
            Supplier<Set<Long>> countryIds,
            Map<Long, CountryRef> countries) {
        if (count == 0) {
            return "0";
        }
        Runnable open = () -> {
            var dialog = new MeetingsDialog(Translations.text("coverage.objections.dialog", objection.text(), where));
            var list = new UnorderedList();
            for (MeetingObjectionService.ObjectionMeeting meeting :
                    service.meetings(objection.id(), countryIds.get())) {
                CountryRef country = countries.get(meeting.countryId());
                list.add(new ListItem(new Anchor(
                        "meetings/" + meeting.meetingId(),
                        Translations.text(
                                "coverage.objections.meeting",
                                Formats.date(meeting.meetingDate()),
                                country == null ? "" : CountryNames.of(country)))));
            }
            dialog.add(list);
            dialog.open();
        };
        return new DataTable.Action(
                String.valueOf(count),
                Translations.text("coverage.objections.count", String.valueOf(count), objection.text(), where),
                open);
    }

    private static Set<Long> inBureau(Map<Long, CountryRef> countries, long bureauId) {
        return countries.values().stream()
                .filter(country -> country.bureauId() == bureauId)
                .map(CountryRef::id)
                .collect(Collectors.toSet());
    }

    /** The meetings behind one count, each a link to the meeting. */
    static final class MeetingsDialog extends AppDialog {

        MeetingsDialog(String heading) {
            super(heading, "min(36rem, 100vw)");
            addClassName("objection-meetings-dialog");
            addCloseButton(getTranslation("coverage.objections.close"));
        }
    }
}
