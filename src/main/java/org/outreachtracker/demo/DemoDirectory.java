package org.outreachtracker.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.outreachtracker.counterpart.CounterpartDraft;
import org.outreachtracker.counterpart.CounterpartFilter;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingRow;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.security.SystemAccess;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Gives the demo directory what a directory gathers over the years, to try the counterpart pages
 * and the merge: two Japanese counterparts who changed jobs between their meetings, a second entry
 * for one of them typed another way, and one Chinese official entered once in Chinese characters
 * and once in pinyin.
 */
@Component
class DemoDirectory {

    private final SystemAccess systemAccess;
    private final CounterpartService counterparts;
    private final MeetingService meetings;
    private final ReferenceService reference;
    private final Clock clock;

    DemoDirectory(
            SystemAccess systemAccess,
            CounterpartService counterparts,
            MeetingService meetings,
            ReferenceService reference,
            Clock clock) {
        this.systemAccess = systemAccess;
        this.counterparts = counterparts;
        this.meetings = meetings;
        this.reference = reference;
        this.clock = clock;
    }

    void create() {
        systemAccess.asUser("manager", () -> {
            reference.countryByCode("JP").ifPresent(this::jobChangesAndAnotherSpelling);
            reference.countryByCode("CN").ifPresent(this::oneNameInTwoScripts);
            return null;
        });
    }

    /** The two most met Japanese counterparts moved up between their first and latest meetings. */
    private void jobChangesAndAnotherSpelling(CountryRef japan) {
        List<CounterpartRef> people = counterparts
                .search(new CounterpartFilter(null, japan.id(), null), PageRequest.of(0, 50, Sort.by("id")))
                .getContent();
        List<CounterpartRef> moved = people.stream()
                .filter(person -> meetingDates(person).size() >= 2)
                .limit(2)
                .toList();
        String[][] newPositions = {
            {"Vice-Minister for International Affairs", "Ministry of Economy, Trade and Industry"},
            {"Director-General, Digital Agency", "Digital Agency"}
        };
        for (int i = 0; i < moved.size(); i++) {
            CounterpartRef person = moved.get(i);
            List<LocalDate> dates = meetingDates(person);
            LocalDate latest = dates.getFirst();
            LocalDate earliest = dates.getLast();
            LocalDate since = earliest.plusDays(Math.max(1, (latest.toEpochDay() - earliest.toEpochDay()) / 2));
            if (since.isAfter(LocalDate.now(clock))) {
                continue;
            }
            counterparts.changePosition(
                    person.id(),
                    person.version(),
                    new CounterpartDraft(
                            person.name(), newPositions[i][0], newPositions[i][1], person.countryId(), person.level()),
                    since);
        }
        if (!moved.isEmpty()) {
            CounterpartRef typedAgain = moved.getFirst();
            String[] parts = typedAgain.name().split(" ", 2);
            String otherWay =
                    parts.length == 2 ? parts[1].toUpperCase(Locale.ROOT) + " " + parts[0] : typedAgain.name();
            counterparts.create(new CounterpartDraft(
                    otherWay, typedAgain.title(), typedAgain.organization(), japan.id(), typedAgain.level()));
        }
    }

    private void oneNameInTwoScripts(CountryRef china) {
        counterparts.create(new CounterpartDraft("王伟", "司长", "外交部", china.id(), CounterpartLevel.SENIOR_OFFICIAL));
        counterparts.create(new CounterpartDraft(
                "Wang Wei",
                "Director-General, Department of Arms Control",
                "Ministry of Foreign Affairs",
                china.id(),
                CounterpartLevel.SENIOR_OFFICIAL));
    }

    /** The days of the meetings with a counterpart, latest first. */
    private List<LocalDate> meetingDates(CounterpartRef person) {
        return meetings.search(
                        MeetingFilter.none().withCounterpart(person.id()),
                        PageRequest.of(0, 100, Sort.by(Sort.Direction.DESC, "meetingDate")))
                .map(MeetingRow::meetingDate)
                .getContent();
    }
}
