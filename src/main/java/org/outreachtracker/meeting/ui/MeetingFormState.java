package org.outreachtracker.meeting.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.outreachtracker.counterpart.CounterpartDraft;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.meeting.DocumentLeft;
import org.outreachtracker.meeting.MeetingDraft.PointRaised;
import org.outreachtracker.meeting.MeetingFormat;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.meeting.Reaction;
import org.outreachtracker.reference.CountryRef;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything typed or chosen in a meeting form, complete or not, as kept for an unsaved draft.
 * Dates are ISO text; ids refer to the directory, campaign, country, post and users.
 *
 * @param meetingVersion the version of the meeting being changed when the form was opened
 *     ({@code null} for a new meeting)
 */
record MeetingFormState(
        Long meetingVersion,
        Long campaignId,
        Long countryId,
        Long postId,
        List<Long> counterpartIds,
        List<CounterpartDraft> newCounterparts,
        String meetingDate,
        MeetingFormat format,
        String deliveredBy,
        OverallResponse overallResponse,
        String summary,
        String responseQuote,
        String handlingMarking,
        List<Point> points,
        List<FollowUp> followUps,
        List<Long> objectionIds,
        String otherObjections,
        List<FollowUp> commitments,
        List<String> partners,
        boolean partnerOnly,
        Integer pointsVersion,
        List<DocumentLeft> documentsLeft) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    MeetingFormState {
        counterpartIds = counterpartIds == null ? List.of() : List.copyOf(counterpartIds);
        newCounterparts = newCounterparts == null ? List.of() : List.copyOf(newCounterparts);
        points = points == null ? List.of() : List.copyOf(points);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        objectionIds = objectionIds == null ? List.of() : List.copyOf(objectionIds);
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
        partners = partners == null ? List.of() : List.copyOf(partners);
        documentsLeft = documentsLeft == null ? List.of() : List.copyOf(documentsLeft);
    }

    /** A point ticked as raised, with the reaction chosen so far (maybe none). */
    record Point(long talkingPointId, Reaction reaction) {}

    /** A follow-up or commitment row as typed so far (a commitment has no priority). */
    record FollowUp(String description, Long ownerId, String dueDate, Priority priority) {}

    /** The form's state now; {@code meetingVersion} is the version of the meeting it changes, if any. */
    static MeetingFormState of(MeetingForm form, Long meetingVersion) {
        LocalDate date = form.meetingDate.getValue();
        return new MeetingFormState(
                meetingVersion,
                form.campaign.getValue() == null
                        ? null
                        : form.campaign.getValue().id(),
                form.country.getValue() == null ? null : form.country.getValue().id(),
                form.post.getValue() == null ? null : form.post.getValue().id(),
                form.people.directoryIds().stream().sorted().toList(),
                form.people.newPeople(),
                date == null ? null : date.toString(),
                form.format.getValue(),
                form.deliveredBy.getValue(),
                form.overallResponse.getValue(),
                form.summary.getValue(),
                form.responseQuote.getValue(),
                form.handlingMarking.getValue(),
                form.points.value().stream()
                        .map(p -> new Point(p.talkingPointId(), p.reaction()))
                        .toList(),
                form.followUps.state(),
                form.objections.ids().stream().sorted().toList(),
                form.objections.others.getValue(),
                form.commitments.state(),
                form.joint.sortedNames(),
                form.joint.partnerOnly.getValue(),
                form.pointsVersion.getValue(),
                form.documentsLeft.value());
    }

    /** Fills the form with this state, as far as what it refers to still exists (and is offered). */
    void putInto(MeetingForm form, MeetingFormContext context) {
        form.campaign
                .getListDataView()
                .getItems()
                .filter(c -> Objects.equals(c.id(), campaignId))
                .findFirst()
                .ifPresent(form.campaign::setValue);
        CountryRef country = countryId == null
                ? null
                : context.countries().stream()
                        .filter(c -> c.id() == countryId)
                        .findFirst()
                        .orElse(null);
        if (country != null) {
            form.country.setValue(country);
            form.countryChanged(country, true);
            if (postId != null && context.post(postId) != null) {
                form.post.setValue(context.post(postId));
            }
            form.people.choose(context.counterpartService().counterparts(counterpartIds).stream()
                    .filter(c -> c.countryId() == country.id())
                    .toList());
            newCounterparts.stream()
                    .filter(c -> Objects.equals(c.countryId(), country.id()))
                    .forEach(form.people::chooseNew);
        }
        form.meetingDate.setValue(meetingDate == null ? null : LocalDate.parse(meetingDate));
        form.format.setValue(format == null ? MeetingFormat.IN_PERSON : format);
        form.deliveredBy.setValue(deliveredBy);
        form.overallResponse.setValue(overallResponse);
        form.summary.setValue(summary == null ? "" : summary);
        form.responseQuote.setValue(responseQuote == null ? "" : responseQuote);
        if (handlingMarking != null && context.handlingMarkings().contains(handlingMarking)) {
            form.handlingMarking.setValue(handlingMarking);
        }
        if (pointsVersion != null) {
            form.choosePointsVersion(pointsVersion);
        }
        form.points.restore(points.stream()
                .map(p -> new PointRaised(p.talkingPointId(), p.reaction()))
                .toList());
        form.followUps.clear();
        form.followUps.restore(followUps);
        form.commitments.clear();
        form.commitments.restore(commitments);
        form.joint.setValue(new java.util.LinkedHashSet<>(partners), partnerOnly);
        form.documentsLeft.restore(documentsLeft);
        form.objections.setValue(
                Set.copyOf(objectionIds), otherObjections == null ? List.of() : List.of(otherObjections));
    }

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    /** The state written by {@link #toJson()}, or {@code null} when the text is not one. */
    static MeetingFormState fromJson(String json) {
        try {
            return JSON.readValue(json, MeetingFormState.class);
        } catch (JacksonException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    /**
     * Something worth keeping was entered: a summary, their words, who delivered the points, a
     * point raised, someone met, a document left or a follow-up with a description. A campaign, country or date
     * alone, or an empty follow-up row, is quickly chosen again.
     */
    boolean hasContent() {
        return !blank(summary)
                || !blank(responseQuote)
                || !blank(deliveredBy)
                || !points.isEmpty()
                || !blank(otherObjections)
                || followUps.stream().anyMatch(f -> !blank(f.description()))
                || commitments.stream().anyMatch(c -> !blank(c.description()))
                || !documentsLeft.isEmpty()
                || !counterpartIds.isEmpty()
                || !newCounterparts.isEmpty();
    }

    /** A short description for the offer to restore it: where, and how the summary starts. */
    String describe(String countryName) {
        StringBuilder text = new StringBuilder(countryName == null ? "no country chosen" : countryName);
        if (!blank(summary)) {
            String start = summary.strip().replaceAll("\\s+", " ");
            text.append(", summary beginning \"")
                    .append(start.length() > 60 ? start.substring(0, 60) + "…" : start)
                    .append('"');
        }
        return text.toString();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
