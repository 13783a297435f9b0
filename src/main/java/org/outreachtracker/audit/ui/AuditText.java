package org.outreachtracker.audit.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.outreachtracker.audit.AuditDetails;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.audit.FieldChange;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.followup.FollowUpStatus;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.meeting.MeetingFormat;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.meeting.Reaction;
import org.outreachtracker.reference.PostType;
import org.outreachtracker.account.Role;

/**
 * Writes an audit event's changes for people. Events carry each field under its label with the
 * values people saw, and are shown as they are. Events about user accounts, and events written
 * before the trail recorded labels and names, carry field names and stored values instead
 * ("deskCountryIds", "IN_PERSON", "[3, 5]"): those are given their labels here, constants their
 * labels, and ids the names the {@link Names} know (ids it does not know are shown as numbers).
 */
public final class AuditText {

    /** Names for ids, as far as the screen showing the trail knows them; each may answer null. */
    public record Names(Function<Long, String> country, Function<String, String> countryByCode,
            Function<Long, String> post, Function<Long, String> user) {

        public static final Names NONE = new Names(id -> null, code -> null, id -> null, id -> null);
    }

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("campaignId", "Campaign"), Map.entry("countryId", "Country"), Map.entry("postId", "Post"),
            Map.entry("meetingDate", "Date"), Map.entry("format", "Format"), Map.entry("deliveredBy", "Delivered by"),
            Map.entry("counterpartIds", "Counterparts met"), Map.entry("raisedPoints", "Points raised"),
            Map.entry("overallResponse", "Overall response"), Map.entry("summary", "Summary"),
            Map.entry("responseQuote", "In their own words"), Map.entry("handlingMarking", "Handling marking"),
            Map.entry("title", "Title"), Map.entry("cableReference", "Cable reference"),
            Map.entry("objective", "Objective"), Map.entry("issueDate", "Issue date"), Map.entry("deadline", "Deadline"),
            Map.entry("status", "Status"), Map.entry("allCountries", "All countries"),
            Map.entry("targetCountryIds", "Target countries"), Map.entry("label", "Label"), Map.entry("text", "Text"),
            Map.entry("position", "Position"), Map.entry("name", "Name"), Map.entry("organization", "Organization"),
            Map.entry("level", "Level"), Map.entry("meetingId", "Meeting"), Map.entry("description", "Description"),
            Map.entry("ownerId", "Owner"), Map.entry("dueDate", "Due"), Map.entry("priority", "Priority"),
            Map.entry("completionNote", "Completion note"), Map.entry("code", "Code"), Map.entry("type", "Type"),
            Map.entry("city", "City"), Map.entry("hostCountry", "Host country"),
            Map.entry("coveredCountries", "Covered countries"), Map.entry("bureau", "Bureau"),
            Map.entry("username", "Username"), Map.entry("displayName", "Display name"), Map.entry("roles", "Roles"),
            Map.entry("deskCountryIds", "Desk countries"));
    private static final Pattern RAISED = Pattern.compile("PointRaised\\[talkingPointId=(\\d+), reaction=([A-Z_]+)]");
    private static final int LONGEST = 300;

    private AuditText() {
    }

    /** The field's label. */
    public static String label(AuditedObject type, String field) {
        if ("active".equals(field)) {
            return type == AuditedObject.POST ? "Open" : "Active";
        }
        return LABELS.getOrDefault(field, field);
    }

    /** One change as a line: "Format: In person → Call"; only the label when the values were withheld. */
    public static String line(AuditedObject type, FieldChange change, Names names) {
        String label = label(type, change.field());
        String from = value(type, change.field(), change.from(), names);
        String to = value(type, change.field(), change.to(), names);
        if (from.isEmpty() && to.isEmpty()) {
            return label;
        }
        return label + ": " + shown(from) + " → " + shown(to);
    }

    /** What the event's details say in one short phrase, for a list of events. */
    public static String gist(AuditedObject type, AuditDetails details) {
        List<FieldChange> changes = details.changes();
        String note = details.note();
        String fields = changes.stream().map(c -> label(type, c.field())).collect(Collectors.joining(", "));
        if (details.withheld()) {
            return changes.isEmpty() ? "Note withheld (shown to readers of outreach records only)"
                    : "Changed: " + fields + " (values shown to readers of outreach records only)";
        }
        if (changes.isEmpty()) {
            return note;
        }
        return (note.isEmpty() ? "" : note + " — ") + "Changed: " + fields;
    }

    /** A stored value as people read it. */
    static String value(AuditedObject type, String field, String value, Names names) {
        if (value == null || value.isEmpty() || !LABELS.containsKey(field) && !"active".equals(field)) {
            return value == null ? "" : value;
        }
        return switch (field) {
            case "format" -> constant(MeetingFormat.class, value, MeetingFormat::label);
            case "overallResponse" -> constant(OverallResponse.class, value, OverallResponse::label);
            case "level" -> constant(CounterpartLevel.class, value, CounterpartLevel::label);
            case "priority" -> constant(Priority.class, value, Priority::label);
            case "type" -> constant(PostType.class, value, PostType::label);
            case "status" -> type == AuditedObject.FOLLOW_UP
                    ? constant(FollowUpStatus.class, value, FollowUpStatus::label)
                    : constant(CampaignStatus.class, value, CampaignStatus::label);
            case "roles" -> items(value).stream().map(r -> constant(Role.class, r, Role::label))
                    .collect(Collectors.joining(", "));
            case "active", "allCountries" -> yesNo(value);
            case "countryId" -> named(value, names.country());
            case "targetCountryIds", "deskCountryIds" -> items(value).stream().map(id -> named(id, names.country()))
                    .sorted().collect(Collectors.joining("; "));
            case "hostCountry" -> byCode(value, names);
            case "coveredCountries" -> items(value).stream().map(code -> byCode(code, names)).sorted()
                    .collect(Collectors.joining("; "));
            case "postId" -> named(value, names.post());
            case "ownerId" -> named(value, names.user());
            case "campaignId" -> "campaign no. " + value;
            case "meetingId" -> "Meeting " + value;
            case "counterpartIds" -> items(value).stream().map(id -> "counterpart no. " + id)
                    .collect(Collectors.joining("; "));
            case "raisedPoints" -> raised(value);
            default -> value;
        };
    }

    private static <E extends Enum<E>> String constant(Class<E> type, String value, Function<E, String> label) {
        try {
            return label.apply(Enum.valueOf(type, value.strip()));
        } catch (IllegalArgumentException notOne) {
            return value;
        }
    }

    private static String yesNo(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> "Yes";
            case "false", "no" -> "No";
            default -> value;
        };
    }

    private static String named(String id, Function<Long, String> names) {
        try {
            String name = names.apply(Long.parseLong(id.strip()));
            return name == null ? "no. " + id.strip() : name;
        } catch (NumberFormatException notAnId) {
            return id;
        }
    }

    private static String byCode(String code, Names names) {
        String name = names.countryByCode().apply(code.strip());
        return name == null ? code.strip() : name;
    }

    /** "[a, b]" as its items. */
    private static List<String> items(String value) {
        String inner = value.strip();
        if (inner.startsWith("[") && inner.endsWith("]")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        return inner.isBlank() ? List.of() : Arrays.stream(inner.split(",")).map(String::strip).toList();
    }

    private static String raised(String value) {
        Matcher matcher = RAISED.matcher(value);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append("talking point no. ").append(matcher.group(1)).append(": ")
                    .append(constant(Reaction.class, matcher.group(2), Reaction::label));
        }
        return text.isEmpty() ? value : text.toString();
    }

    private static String shown(String value) {
        if (value.isEmpty()) {
            return "(none)";
        }
        return value.length() <= LONGEST ? value : value.substring(0, LONGEST) + "…";
    }
}
