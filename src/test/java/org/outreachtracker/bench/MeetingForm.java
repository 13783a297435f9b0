package org.outreachtracker.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A desk officer logging a meeting in the form, over {@link FlowClient}: what the simulated users
 * of the benchmark and of the multi-node tests do.
 */
public final class MeetingForm {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern SAVED = Pattern.compile("meetings/(\\d+)");

    private MeetingForm() {}

    /**
     * Fills the meeting form the client has open (a post when none is preset, a counterpart,
     * who delivered it, one or two talking points with reactions, the overall response, a summary)
     * and saves it; {@code think} runs between the steps. Returns the new meeting's id, read from
     * the page the save opened; a save that did not open the meeting is thrown, with what the
     * form says.
     */
    public static long fillAndSave(FlowClient client, Runnable think, Random random) {
        // A draft this user left (in this session or another) is offered first, in a dialog that
        // makes the form inert until it is answered: the simulated user starts afresh.
        client.find(n -> "vaadin-confirm-dialog".equals(n.tag) && "Discard it".equals(n.property("rejectText")))
                .ifPresent(offer ->
                        client.setProperty(offer, "opened", JSON.booleanNode(false), "reject", "discard draft"));
        FlowClient.Node post = client.field("Post");
        if (post.property("value") == null || post.property("value").isEmpty()) {
            // No embassy or consulate covers the country (a mission does): the user picks a post.
            List<JsonNode> posts = client.openComboBox(post, "open posts");
            if (posts.isEmpty()) {
                throw new FlowClient.FlowException("No posts offered");
            }
            think.run();
            client.pick(
                    post, "value", JSON.stringNode(posts.get(0).get("key").asString()), "value-changed", "pick post");
        }
        FlowClient.Node counterparts = client.field("Counterparts met");
        List<JsonNode> people = client.openComboBox(counterparts, "open counterparts");
        if (people.isEmpty()) {
            throw new FlowClient.FlowException("No counterparts offered");
        }
        var chosen = JSON.arrayNode();
        chosen.add(people.get(random.nextInt(people.size())));
        think.run();
        client.pick(counterparts, "selectedItems", chosen, "change", "pick counterpart");
        think.run();
        FlowClient.Node deliveredBy = client.field("Delivered by");
        List<JsonNode> titles = client.openComboBox(deliveredBy, "open delivered by");
        think.run();
        client.pick(
                deliveredBy,
                "value",
                JSON.stringNode(
                        titles.get(random.nextInt(titles.size())).get("key").asString()),
                "value-changed",
                "pick delivered by");
        think.run();
        List<FlowClient.Node> points = client.findAll(n -> "vaadin-checkbox".equals(n.tag)
                && n.property("label") != null
                && n.property("label").matches("\\d+\\. .*"));
        if (points.isEmpty()) {
            throw new FlowClient.FlowException("The form shows no talking points (no campaign chosen?)");
        }
        int raised = 1 + random.nextInt(Math.min(2, points.size()));
        for (int i = 0; i < raised; i++) {
            FlowClient.Node point = points.get(points.size() - 1 - i);
            String number =
                    point.property("label").substring(0, point.property("label").indexOf('.'));
            client.setProperty(point, "checked", JSON.booleanNode(true), "checked-changed", "tick point");
            think.run();
            FlowClient.Node reaction = client.field("Reaction to point " + number);
            client.setProperty(
                    reaction,
                    "value",
                    JSON.stringNode(client.selectOption(reaction, "Receptive")),
                    "value-changed",
                    "choose reaction");
            think.run();
        }
        FlowClient.Node response = client.field("Overall response");
        client.setProperty(
                response,
                "value",
                JSON.stringNode(client.selectOption(response, "Receptive")),
                "value-changed",
                "choose response");
        think.run();
        FlowClient.Node summary = client.field("Summary");
        String event = summary.listeners.containsKey("value-changed")
                ? "value-changed"
                : summary.listeners.containsKey("input") ? "input" : "change";
        client.setProperty(
                summary,
                "value",
                JSON.stringNode("Bench load test: the counterpart listened to our points"
                        + " and asked for the briefing in writing. Post will follow up next week."),
                event,
                "type summary");
        think.run();
        client.click(client.button("Save meeting"), "save meeting");
        Matcher saved = SAVED.matcher(client.location());
        if (!saved.matches()) {
            throw new FlowClient.FlowException(
                    "Saving the meeting did not open it: " + client.location() + whatTheFormSays(client));
        }
        return Long.parseLong(saved.group(1));
    }

    /** The error messages of invalid fields and the open notifications, to say why a save failed. */
    public static String whatTheFormSays(FlowClient client) {
        List<String> messages = new ArrayList<>();
        for (FlowClient.Node node : client.findAll(n -> "true".equals(n.property("invalid")))) {
            messages.add(node.property("label") + ": " + node.property("errorMessage"));
        }
        for (FlowClient.Node node : client.findAll(n -> n.tag != null && n.tag.startsWith("vaadin-notification"))) {
            messages.add("notification: " + client.textOf(node).strip());
        }
        return messages.isEmpty() ? "" : " (" + String.join("; ", messages) + ")";
    }
}
