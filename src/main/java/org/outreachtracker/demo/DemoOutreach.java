package org.outreachtracker.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.account.UserRef;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignDraft;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.ObjectionDraft;
import org.outreachtracker.campaign.ObjectionRef;
import org.outreachtracker.campaign.PointDraft;
import org.outreachtracker.campaign.TalkingPointRef;
import org.outreachtracker.counterpart.CounterpartDraft;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.followup.CommitmentDraft;
import org.outreachtracker.followup.CommitmentOutcome;
import org.outreachtracker.followup.CommitmentRef;
import org.outreachtracker.followup.CommitmentService;
import org.outreachtracker.followup.FollowUpDraft;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.FollowUpStatus;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.meeting.MeetingDraft;
import org.outreachtracker.meeting.MeetingFormat;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.meeting.Reaction;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.PostRef;
import org.outreachtracker.reference.PostType;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.reference.UnStatus;
import org.outreachtracker.security.SystemAccess;
import org.springframework.stereotype.Component;

/**
 * The demo outreach: the AI model extraction campaign (active, about 400 meetings over the
 * last three months, not every target reached, varied responses, some follow-ups overdue)
 * and a smaller closed campaign from earlier in the year. Everything goes through the services,
 * signed in as the demo account that would do it, so the demo data obeys the same rules as
 * real input. A fixed seed makes it the same on every first start (dates follow the clock).
 */
@Component
class DemoOutreach {

    static final long SEED = 20_260_301L;
    /** Desk countries left unapproached on purpose, so "not yet approached" shows on My desk. */
    static final Set<String> NEVER_APPROACHED = Set.of("AU", "PL", "KZ", "CL");
    /** Desk countries always approached, so the named officers have meetings of their own. */
    static final Set<String> ALWAYS_APPROACHED = Set.of("JP", "KR", "SG", "DE", "FR", "IN", "BR", "MX", "AR");

    private static final List<String> DELIVERERS = List.of(
            "Ambassador", "Deputy Chief of Mission", "Political Counselor", "Economic Officer", "Chargé d'affaires");

    private final SystemAccess systemAccess;
    private final DemoDocuments documents;
    private final ReferenceService reference;
    private final CampaignService campaigns;
    private final CounterpartService counterparts;
    private final MeetingService meetings;
    private final FollowUpService followUps;
    private final CommitmentService commitments;
    private final UserAccountService users;
    private final Clock clock;

    DemoOutreach(
            SystemAccess systemAccess,
            DemoDocuments documents,
            ReferenceService reference,
            CampaignService campaigns,
            CounterpartService counterparts,
            MeetingService meetings,
            FollowUpService followUps,
            CommitmentService commitments,
            UserAccountService users,
            Clock clock) {
        this.commitments = commitments;
        this.systemAccess = systemAccess;
        this.documents = documents;
        this.reference = reference;
        this.campaigns = campaigns;
        this.counterparts = counterparts;
        this.meetings = meetings;
        this.followUps = followUps;
        this.users = users;
        this.clock = clock;
    }

    record Created(int campaigns, int counterparts, int meetings, int followUps) {}

    Created create() {
        var random = new Random(SEED);
        LocalDate today = LocalDate.now(clock);
        List<CountryRef> countries = systemAccess.asUser("manager", reference::countries);
        // Meetings are logged at open posts only (an administrator may have closed some).
        List<PostRef> posts = systemAccess.asUser("manager", reference::posts).stream()
                .filter(PostRef::active)
                .toList();
        Map<String, Long> userIds = systemAccess.asUser(
                "manager", () -> users.users().stream().collect(Collectors.toMap(UserRef::username, UserRef::id)));

        List<CountryRef> targets = countries.stream()
                .filter(c -> c.unStatus() == UnStatus.MEMBER && !c.code().equals("US"))
                .filter(c -> posts.stream().anyMatch(p -> p.type() != PostType.MISSION && p.covers(c.id())))
                .toList();
        LocalDate aiIssued = today.minusDays(92);
        long ai = createCampaign(
                DemoTexts.AI_TITLE,
                DemoTexts.AI_CABLE,
                DemoTexts.AI_OBJECTIVE,
                aiIssued,
                today.plusDays(60),
                targets,
                DemoTexts.AI_POINTS);
        systemAccess.asUser("manager", () -> {
            DemoTexts.AI_OBJECTIONS.forEach(text -> campaigns.addObjection(ai, new ObjectionDraft(text)));
            campaigns.issueRevisedPoints(ai, DemoTexts.AI_POINTS_REVISED);
            return null;
        });

        List<CountryRef> mineralTargets =
                targets.stream().filter(c -> random.nextInt(100) < 18).toList();
        LocalDate mineralsIssued = today.minusDays(300);
        LocalDate mineralsDeadline = today.minusDays(200);
        long minerals = createCampaign(
                DemoTexts.MINERALS_TITLE,
                DemoTexts.MINERALS_CABLE,
                DemoTexts.MINERALS_OBJECTIVE,
                mineralsIssued,
                mineralsDeadline,
                mineralTargets,
                DemoTexts.MINERALS_POINTS);

        var counts = new int[3];
        Map<Long, List<CounterpartRef>> contacts = new HashMap<>();
        for (CountryRef country : targets) {
            boolean reached = ALWAYS_APPROACHED.contains(country.code())
                    || !NEVER_APPROACHED.contains(country.code()) && random.nextInt(100) < 60;
            if (!reached) {
                continue;
            }
            List<CounterpartRef> people = createCounterparts(country, 2 + random.nextInt(2), random);
            contacts.put(country.id(), people);
            counts[0] += people.size();
            int meetingCount = 1 + random.nextInt(6);
            logMeetings(
                    ai,
                    country,
                    people,
                    posts,
                    meetingCount,
                    aiIssued.plusDays(1),
                    today,
                    today,
                    userIds,
                    random,
                    counts);
        }
        for (CountryRef country : mineralTargets) {
            List<CounterpartRef> people = contacts.get(country.id());
            if (people == null || random.nextInt(100) < 25) {
                continue;
            }
            logMeetings(
                    minerals,
                    country,
                    people,
                    posts,
                    1 + random.nextInt(2),
                    mineralsIssued,
                    mineralsDeadline,
                    today,
                    userIds,
                    random,
                    counts);
        }
        closeCampaign(minerals);
        workingGroup(targets, contacts, posts, today, userIds, counts);
        return new Created(3, counts[0], counts[1], counts[2]);
    }

    /**
     * A small campaign still active though its report-by date has passed: some posts delivered and
     * reported, the others are the lapsed posts a manager chases. Issued before the AI campaign, which
     * stays the newest. It has a random generator of its own, so the campaigns before it are the same
     * with or without it; the named officers' desk countries are left out of it.
     */
    private void workingGroup(
            List<CountryRef> targets,
            Map<Long, List<CounterpartRef>> contacts,
            List<PostRef> posts,
            LocalDate today,
            Map<String, Long> userIds,
            int[] counts) {
        var random = new Random(SEED + 1);
        List<CountryRef> invited = targets.stream()
                .filter(c -> contacts.containsKey(c.id()) && !ALWAYS_APPROACHED.contains(c.code()))
                .filter(c -> random.nextInt(100) < 12)
                .toList();
        LocalDate issued = today.minusDays(130);
        LocalDate reportBy = today.minusDays(30);
        long id = createCampaign(
                DemoTexts.WORKING_GROUP_TITLE,
                DemoTexts.WORKING_GROUP_CABLE,
                DemoTexts.WORKING_GROUP_OBJECTIVE,
                issued,
                reportBy,
                invited,
                DemoTexts.WORKING_GROUP_POINTS);
        for (CountryRef country : invited) {
            if (random.nextInt(100) < 35) {
                continue;
            }
            logMeetings(
                    id,
                    country,
                    contacts.get(country.id()),
                    posts,
                    1,
                    issued.plusDays(1),
                    reportBy.minusDays(5),
                    today,
                    userIds,
                    random,
                    counts);
        }
    }

    private long createCampaign(
            String title,
            String cable,
            String objective,
            LocalDate issued,
            LocalDate deadline,
            List<CountryRef> targets,
            List<PointDraft> points) {
        return systemAccess.asUser("manager", () -> {
            long id = campaigns.create(new CampaignDraft(
                    title,
                    cable,
                    objective,
                    issued,
                    deadline,
                    CampaignStatus.ACTIVE,
                    false,
                    targets.stream().map(CountryRef::id).collect(Collectors.toSet())));
            points.forEach(point -> campaigns.addPoint(id, point));
            documents.forCampaign(id, title, cable);
            return id;
        });
    }

    private void closeCampaign(long id) {
        systemAccess.asUser("manager", () -> {
            CampaignDetails campaign = campaigns.campaign(id).orElseThrow();
            CampaignDraft draft = campaign.toDraft();
            campaigns.update(
                    id,
                    campaign.version(),
                    new CampaignDraft(
                            draft.title(),
                            draft.cableReference(),
                            draft.objective(),
                            draft.issueDate(),
                            draft.deadline(),
                            CampaignStatus.CLOSED,
                            draft.allCountries(),
                            draft.targetCountryIds()));
            return null;
        });
    }

    private List<CounterpartRef> createCounterparts(CountryRef country, int howMany, Random random) {
        return systemAccess.asUser(DemoAccounts.deskOfficerFor(country), () -> {
            List<CounterpartRef> created = new ArrayList<>();
            for (int i = 0; i < howMany; i++) {
                var position = DemoTexts.POSITIONS.get(random.nextInt(DemoTexts.POSITIONS.size()));
                String name = DemoTexts.GIVEN_NAMES.get(random.nextInt(DemoTexts.GIVEN_NAMES.size())) + " "
                        + DemoTexts.SURNAMES.get(random.nextInt(DemoTexts.SURNAMES.size()));
                created.add(counterparts.create(new CounterpartDraft(
                        name, position.title(), position.organization(), country.id(), position.level())));
            }
            return created;
        });
    }

    private void logMeetings(
            long campaignId,
            CountryRef country,
            List<CounterpartRef> people,
            List<PostRef> posts,
            int howMany,
            LocalDate from,
            LocalDate to,
            LocalDate today,
            Map<String, Long> userIds,
            Random random,
            int[] counts) {
        String reporter = DemoAccounts.deskOfficerFor(country);
        List<PostRef> bilateral = posts.stream()
                .filter(p -> p.type() != PostType.MISSION && p.covers(country.id()))
                .toList();
        List<PostRef> multilateral = posts.stream()
                .filter(p -> p.type() == PostType.MISSION && p.covers(country.id()))
                .toList();
        systemAccess.asUser(reporter, () -> {
            // Meetings held once the revised points had reached posts deliver the current version.
            LocalDate revised = from.minusDays(1).plusDays(DemoTexts.AI_POINTS_REVISED_AFTER_DAYS);
            int current = campaigns.campaign(campaignId).orElseThrow().currentPointsVersion();
            Map<Integer, List<TalkingPointRef>> pointsOf = new HashMap<>();
            List<Long> expected = campaigns.objections(campaignId).stream()
                    .map(ObjectionRef::id)
                    .toList();
            long span = Math.max(1, to.toEpochDay() - from.toEpochDay());
            for (int i = 0; i < howMany; i++) {
                LocalDate date = from.plusDays(random.nextLong(span + 1));
                MeetingFormat format = format(random);
                PostRef post = format == MeetingFormat.MULTILATERAL_MARGINS && !multilateral.isEmpty()
                        ? multilateral.get(random.nextInt(multilateral.size()))
                        : bilateral.get(random.nextInt(bilateral.size()));
                CounterpartRef main = people.get(random.nextInt(people.size()));
                Set<Long> met = new java.util.HashSet<>(Set.of(main.id()));
                if (people.size() > 1 && random.nextInt(100) < 30) {
                    met.add(people.get(random.nextInt(people.size())).id());
                }
                OverallResponse response = response(random);
                int pointsVersion = current > 1 && date.isBefore(revised) ? current - 1 : current;
                List<TalkingPointRef> points =
                        pointsOf.computeIfAbsent(pointsVersion, v -> campaigns.points(campaignId, v));
                List<FollowUpDraft> actions = new ArrayList<>();
                if (random.nextInt(100) < 35) {
                    actions.add(new FollowUpDraft(
                            DemoTexts.FOLLOW_UPS.get(random.nextInt(DemoTexts.FOLLOW_UPS.size())),
                            userIds.get(reporter),
                            date.plusDays(14 + random.nextInt(32)),
                            Priority.values()[random.nextInt(3)]));
                }
                long meetingId = meetings.log(new MeetingDraft(
                                campaignId,
                                country.id(),
                                post.id(),
                                date,
                                format,
                                DELIVERERS.get(random.nextInt(DELIVERERS.size())),
                                met,
                                raised(points, response, random),
                                response,
                                DemoTexts.summary(
                                        main.name() + " (" + main.title() + ")",
                                        country.name(),
                                        response,
                                        points.size() == 3),
                                DemoTexts.quote(response),
                                meetings.handlingMarkings().getFirst(),
                                actions)
                        .withPointsVersion(pointsVersion)
                        .withDocumentsLeft(documents.leftAt(counts[1] + 1, campaignId, country.name()))
                        .withObjections(
                                objectionsRaised(counts[1], expected),
                                expected.isEmpty() ? List.of() : unexpectedRaised(counts[1]))
                        .withCommitments(
                                expected.isEmpty()
                                        ? List.of()
                                        : committed(counts[1], response, date, userIds.get(reporter)))
                        .withPartners(
                                expected.isEmpty() ? Set.of() : partners(counts[1], howMany, country),
                                !expected.isEmpty() && byPartnerAlone(howMany, country)));
                checkBack(meetingId, counts[1], today);
                counts[1]++;
                counts[2] += actions.size();
                progress(meetingId, today, random);
            }
            return null;
        });
    }

    /**
     * The expected objections the meeting's counterpart raised: about two meetings in five raise
     * one, some of those a second. Counted from the meeting's number, not drawn from the random
     * sequence, so the rest of the demo stays as it was.
     */
    private static Set<Long> objectionsRaised(int meetingNumber, List<Long> expected) {
        if (expected.isEmpty() || meetingNumber % 5 > 1) {
            return Set.of();
        }
        long first = expected.get((meetingNumber / 5) % expected.size());
        return meetingNumber % 15 == 0
                ? Set.of(first, expected.get((meetingNumber / 5 + 1) % expected.size()))
                : Set.of(first);
    }

    /** An objection the campaign did not list, raised in about one meeting in twenty-three. */
    private static List<String> unexpectedRaised(int meetingNumber) {
        return meetingNumber % 23 == 7
                ? List.of(DemoTexts.UNEXPECTED_OBJECTIONS.get(
                        (meetingNumber / 23) % DemoTexts.UNEXPECTED_OBJECTIONS.size()))
                : List.of();
    }

    /**
     * Joint démarches: about one meeting in thirteen is delivered with the EU or G7 partners, and
     * where a partner went alone (see {@link #byPartnerAlone}) the EU delivered. Counted from the
     * meeting's number and the country, not drawn from the random sequence.
     */
    private static Set<String> partners(int meetingNumber, int howMany, CountryRef country) {
        if (byPartnerAlone(howMany, country)) {
            return Set.of("European Union");
        }
        return switch (meetingNumber % 13) {
            case 5 -> Set.of("European Union");
            case 11 -> Set.of("G7 partners", "Canada");
            default -> Set.of();
        };
    }

    /** A country met only once, in about one case in five, was approached by a partner alone. */
    private static boolean byPartnerAlone(int howMany, CountryRef country) {
        return howMany == 1 && country.id() % 5 == 0 && !ALWAYS_APPROACHED.contains(country.code());
    }

    /**
     * What the counterpart committed to: in about one meeting in six that went well, checked back
     * on eight weeks later by the reporting officer. Counted from the meeting's number, not drawn
     * from the random sequence, so the rest of the demo stays as it was.
     */
    private static List<CommitmentDraft> committed(
            int meetingNumber, OverallResponse response, LocalDate date, long owner) {
        boolean wentWell = response == OverallResponse.SUPPORTIVE || response == OverallResponse.RECEPTIVE;
        if (!wentWell || meetingNumber % 6 != 1) {
            return List.of();
        }
        String promise = DemoTexts.COMMITMENTS.get((meetingNumber / 6) % DemoTexts.COMMITMENTS.size());
        return List.of(new CommitmentDraft(promise, owner, date.plusWeeks(8)));
    }

    /**
     * The owner checked back on most commitments whose date has passed: kept, partly kept and not
     * kept in turn, and every fourth one is still open, so due.
     */
    private void checkBack(long meetingId, int meetingNumber, LocalDate today) {
        for (CommitmentRef commitment : commitments.forMeeting(meetingId)) {
            if (!commitment.checkBackDate().isBefore(today) || (meetingNumber / 6) % 4 == 3) {
                continue;
            }
            switch ((meetingNumber / 6) % 4) {
                case 0 ->
                    commitments.recordOutcome(
                            commitment.id(),
                            commitment.version(),
                            CommitmentOutcome.KEPT,
                            "Confirmed by the ministry.");
                case 1 ->
                    commitments.recordOutcome(
                            commitment.id(),
                            commitment.version(),
                            CommitmentOutcome.PARTLY_KEPT,
                            "Done for ministries only; agencies not yet covered.");
                default ->
                    commitments.recordOutcome(
                            commitment.id(),
                            commitment.version(),
                            CommitmentOutcome.NOT_KEPT,
                            "No action taken; the counterpart cites other priorities.");
            }
        }
    }

    /** Moves some of a meeting's follow-ups along: many past-due ones are done, some stay overdue. */
    private void progress(long meetingId, LocalDate today, Random random) {
        for (FollowUpRef action : followUps.forMeeting(meetingId)) {
            int roll = random.nextInt(100);
            if (action.dueDate().isBefore(today)) {
                if (roll < 45) {
                    followUps.changeStatus(
                            action.id(),
                            action.version(),
                            FollowUpStatus.DONE,
                            "Done as agreed; see the reporting cable.");
                } else if (roll < 55) {
                    followUps.changeStatus(
                            action.id(),
                            action.version(),
                            FollowUpStatus.CANCELLED,
                            "No longer needed after the counterpart's reply.");
                }
            } else if (roll < 30) {
                followUps.changeStatus(action.id(), action.version(), FollowUpStatus.IN_PROGRESS, null);
            }
        }
    }

    private static MeetingFormat format(Random random) {
        int roll = random.nextInt(100);
        if (roll < 70) {
            return MeetingFormat.IN_PERSON;
        }
        if (roll < 80) {
            return MeetingFormat.CALL;
        }
        if (roll < 88) {
            return MeetingFormat.VIDEO;
        }
        if (roll < 95) {
            return MeetingFormat.DIPLOMATIC_NOTE;
        }
        return MeetingFormat.MULTILATERAL_MARGINS;
    }

    private static OverallResponse response(Random random) {
        int roll = random.nextInt(100);
        if (roll < 20) {
            return OverallResponse.SUPPORTIVE;
        }
        if (roll < 50) {
            return OverallResponse.RECEPTIVE;
        }
        if (roll < 70) {
            return OverallResponse.NONCOMMITTAL;
        }
        if (roll < 82) {
            return OverallResponse.SKEPTICAL;
        }
        if (roll < 87) {
            return OverallResponse.REJECTED;
        }
        return null;
    }

    /** The points raised: the first always, the others often; reactions in line with the response. */
    private static List<MeetingDraft.PointRaised> raised(
            List<TalkingPointRef> points, OverallResponse response, Random random) {
        int[] chance = {100, 90, 60, 40, 50};
        List<MeetingDraft.PointRaised> result = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (random.nextInt(100) < chance[Math.min(i, chance.length - 1)]) {
                result.add(new MeetingDraft.PointRaised(points.get(i).id(), reaction(response, random)));
            }
        }
        return result;
    }

    private static Reaction reaction(OverallResponse response, Random random) {
        List<Reaction> likely = switch (response == null ? OverallResponse.NONCOMMITTAL : response) {
            case SUPPORTIVE -> List.of(Reaction.AGREED, Reaction.AGREED, Reaction.RECEPTIVE);
            case RECEPTIVE -> List.of(Reaction.RECEPTIVE, Reaction.AGREED, Reaction.ASKED_FOR_MORE);
            case NONCOMMITTAL -> List.of(Reaction.NOTED, Reaction.NOTED, Reaction.ASKED_FOR_MORE);
            case SKEPTICAL -> List.of(Reaction.ASKED_FOR_MORE, Reaction.PUSHED_BACK, Reaction.NOTED);
            case REJECTED -> List.of(Reaction.PUSHED_BACK, Reaction.PUSHED_BACK, Reaction.NOTED);
        };
        return likely.get(random.nextInt(likely.size()));
    }
}
