package org.outreachtracker.brief;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.account.UserRef;
import org.outreachtracker.base.Roles;
import org.outreachtracker.counterpart.CounterpartPositions;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.followup.CommitmentRef;
import org.outreachtracker.followup.CommitmentService;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.meeting.DeliveredPoint;
import org.outreachtracker.meeting.MeetingDetails;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingRow;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The page on one counterpart. Desk officers and managers, who read the whole directory and every
 * meeting, may have it; everything comes through the features' own services.
 */
@Service
public class CounterpartProfileService {

    /** The latest meetings the page shows in full; the rest are one click away in the meetings list. */
    static final int PROFILE_MEETINGS = 50;
    /** Officers and fellow counterparts listed at most. */
    static final int PROFILE_PEOPLE = 20;

    private final CounterpartService counterparts;
    private final MeetingService meetings;
    private final FollowUpService followUps;
    private final CommitmentService commitments;
    private final ReferenceService reference;
    private final UserAccountService users;

    CounterpartProfileService(
            CounterpartService counterparts,
            MeetingService meetings,
            FollowUpService followUps,
            CommitmentService commitments,
            ReferenceService reference,
            UserAccountService users) {
        this.counterparts = counterparts;
        this.meetings = meetings;
        this.followUps = followUps;
        this.commitments = commitments;
        this.reference = reference;
        this.users = users;
    }

    /** The page on a counterpart; empty when there is no such counterpart. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public Optional<CounterpartProfile> profile(long counterpartId) {
        Optional<CounterpartRef> found = counterparts.counterpart(counterpartId);
        Optional<CounterpartPositions> positions = counterparts.positions(counterpartId);
        if (found.isEmpty() || positions.isEmpty()) {
            return Optional.empty();
        }
        CounterpartRef counterpart = found.get();
        CountryRef country = reference.country(counterpart.countryId()).orElseThrow();

        Page<MeetingRow> latest = meetings.search(
                MeetingFilter.none().withCounterpart(counterpartId),
                PageRequest.of(
                        0,
                        PROFILE_MEETINGS,
                        Sort.by(Sort.Direction.DESC, "meetingDate").and(Sort.by("id"))));
        List<Long> meetingIds = latest.getContent().stream().map(MeetingRow::id).toList();
        Map<Long, String> people = users.users().stream().collect(Collectors.toMap(UserRef::id, UserRef::displayName));
        Map<Long, List<CounterpartProfile.Commitment>> promised = commitments.forMeetings(meetingIds).stream()
                .collect(Collectors.groupingBy(
                        CommitmentRef::meetingId,
                        Collectors.mapping(
                                c -> new CounterpartProfile.Commitment(c, people.getOrDefault(c.ownerId(), "")),
                                Collectors.toList())));
        Map<Long, List<CounterpartProfile.FollowUp>> actions = followUps.forMeetings(meetingIds).stream()
                .collect(Collectors.groupingBy(
                        FollowUpRef::meetingId,
                        Collectors.mapping(
                                f -> new CounterpartProfile.FollowUp(f, people.getOrDefault(f.ownerId(), "")),
                                Collectors.toList())));

        List<CounterpartProfile.Met> met = latest.getContent().stream()
                .map(row -> new CounterpartProfile.Met(
                        row,
                        positions.get().on(row.meetingDate()),
                        meetings.meeting(row.id()).map(MeetingDetails::points).orElse(List.<DeliveredPoint>of()),
                        promised.getOrDefault(row.id(), List.of()),
                        actions.getOrDefault(row.id(), List.of())))
                .toList();
        return Optional.of(new CounterpartProfile(
                counterpart,
                country,
                positions.get(),
                met,
                latest.getTotalElements(),
                meetings.officersWhoMet(counterpartId, PROFILE_PEOPLE),
                meetings.colleaguesOf(counterpartId, PROFILE_PEOPLE)));
    }
}
