package org.outreachtracker.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab, spoken over HTTP the way Vaadin Flow's client does it (see the Flow client's
 * {@code Flow.ts} and the server's {@code JavaScriptBootstrapHandler}, {@code ServerRpcHandler}):
 * <ol>
 * <li>{@code GET /login} (the bootstrap page; Spring's CSRF token is in its {@code <meta name="_csrf">}),
 *     then {@code POST /login} with username, password and {@code _csrf}, as the login form does;</li>
 * <li>{@code GET /<route>} (the bootstrap page), {@code GET /?v-r=init&location=<route>&query=…} with
 *     the browser details, which creates the UI and returns its first UIDL message;</li>
 * <li>{@code POST /?v-r=uidl&v-uiId=N} messages {@code {csrfToken, rpc, syncId, clientId}}: the
 *     {@code ui-navigate} event that renders the route, the grid's {@code setViewportRange} and
 *     {@code confirmUpdate} calls, clicks, property synchronisation ({@code mSync}).</li>
 * </ol>
 * It keeps a copy of the state tree the server sends (tags, properties, children, listeners,
 * text) so it can find a grid, a button or a field as a browser user would, by what it shows.
 * Every HTTP exchange is timed and reported to the {@link Recorder}.
 */
public final class FlowClient {

    /** Receives the time of every HTTP exchange (server response time as the client sees it). */
    public interface Recorder {
        void record(String what, long nanos, boolean ok);
    }

    public static final class FlowException extends RuntimeException {
        FlowException(String message) {
            super(message);
        }
    }

    /** One node of the state tree. */
    public static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, JsonNode> properties = new LinkedHashMap<>();
        final Map<String, String> attributes = new LinkedHashMap<>();
        final Map<String, String> listeners = new LinkedHashMap<>();
        final List<Integer> children = new ArrayList<>();
        final List<Integer> virtualChildren = new ArrayList<>();
        final List<String> serverMethods = new ArrayList<>();
        final List<String> classes = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? null : value.isString() ? value.asString() : value.toString();
        }

        @Override
        public String toString() {
            return "#" + id + "<" + tag + ">";
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String BROWSER = "&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1900&v-bh=960&v-bw=1900"
            + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux&v-cs="
            + "&v-pv=visible&v-fs=false&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ws=false";

    private final HttpClient http;
    private final URI base;
    private final Recorder recorder;
    private String sessionCookie;
    private String csrfToken;
    private int uiId = -1;
    private int syncId = -1;
    private int clientId;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    /** {@code confirmUpdate} calls owed to data components for the updates the server sent. */
    private final List<ObjectNode> confirmations = new ArrayList<>();
    /** When set, every UIDL response is passed here (for exploring the protocol). */
    java.util.function.Consumer<JsonNode> trace;
    /** Item keys the server sent for each data component (grid, combo box), by node. */
    private final Map<Integer, List<JsonNode>> items = new HashMap<>();

    private final Map<Integer, Integer> sizes = new HashMap<>();
    private String location = "";
    private long bytesReceived;

    public FlowClient(HttpClient http, URI base, Recorder recorder) {
        this.http = http;
        this.base = base;
        this.recorder = recorder;
    }

    public static HttpClient newHttpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    // ------------------------------------------------------------------ sign-in and pages

    /**
     * Signs in as a browser does: the login page is loaded and rendered (bootstrap, init,
     * {@code ui-navigate}), the system-use notice is acknowledged, the login form posts username, password and Spring's CSRF token, and
     * the page is left (Vaadin's unload beacon closes its UI).
     */
    public void signIn(String username, String password) {
        HttpResponse<String> page = load("login", "");
        Matcher token = CSRF_META.matcher(page.body());
        if (!token.find()) {
            throw new FlowException("The login page has no CSRF token");
        }
        // The system-use notice must be acknowledged (ticked on the page) before the form is accepted.
        Node notice =
                require("the system-use notice's checkbox", n -> "acknowledge-notice".equals(n.attributes.get("id")));
        setProperty(notice, "checked", NODES.booleanNode(true), "checked-changed", "acknowledge notice");
        String form =
                "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> response = send(
                "sign in",
                HttpRequest.newBuilder(base.resolve("login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)),
                r -> r.statusCode() == 302
                        && !r.headers().firstValue("Location").orElse("").contains("error"));
        if (response.statusCode() != 302
                || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new FlowException("Sign-in failed for " + username + ": " + response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse(""));
        }
        unload();
    }

    /**
     * Signs out with the menu's "Sign out" button, as a user ends the day; false when the page
     * shows no such button (nothing was done).
     */
    boolean signOut() {
        Optional<Node> button = find(n -> "vaadin-button".equals(n.tag) && "Sign out".equals(textOf(n)));
        button.ifPresent(found -> {
            try {
                click(found, "sign out");
            } catch (FlowException ignored) {
                // The session ends with the click; what the server answers then does not matter.
            }
        });
        uiId = -1;
        return button.isPresent();
    }

    /** Leaves the page: the browser's unload beacon, which closes the UI on the server. */
    void unload() {
        if (uiId < 0) {
            return;
        }
        ObjectNode message = NODES.objectNode();
        message.put("csrfToken", csrfToken);
        message.putArray("rpc");
        message.put("syncId", syncId);
        message.put("clientId", clientId++);
        message.put("UNLOAD", true);
        send(
                "unload",
                HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(message.toString())),
                r -> r.statusCode() == 200);
        uiId = -1;
    }

    /**
     * Opens a route as a browser opens a URL: the bootstrap page, the UI init request, and the
     * {@code ui-navigate} event that renders the view, then whatever data its grids ask for.
     */
    public void open(String route, String query) {
        load(route, query);
    }

    private HttpResponse<String> load(String route, String query) {
        unload();
        nodes.clear();
        items.clear();
        sizes.clear();
        constants.clear();
        HttpResponse<String> page = get("page " + label(route), route + (query.isEmpty() ? "" : "?" + query));
        HttpResponse<String> init = get(
                "init " + label(route),
                "?v-r=init&location=" + encode(route) + "&query=" + encode(query) + "&v-curdate="
                        + System.currentTimeMillis() + BROWSER);
        JsonNode appConfig = parse(init.body()).path("appConfig");
        if (appConfig.isMissingNode()) {
            throw new FlowException("The init response of " + route + " has no appConfig");
        }
        uiId = appConfig.path("v-uiId").asInt();
        syncId = -1;
        clientId = 0;
        apply(appConfig.path("uidl"));
        location = route;
        ObjectNode data = NODES.objectNode();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putNull("historyState");
        data.put("trigger", "");
        uidl("navigate " + label(route), List.of(event(1, "ui-navigate", data)));
        settle(label(route));
        if (!"login".equals(route)
                && find(n -> "vaadin-login-form".equals(n.tag)).isPresent()) {
            throw new FlowException("Not signed in: " + route + " showed the login form");
        }
        return page;
    }

    /** Answers what the page's components ask for after a change: grid data and update confirmations. */
    void settle(String what) {
        for (int round = 0; round < 5; round++) {
            // The server sends a grid's first page unasked; the connector confirms each update.
            List<ObjectNode> rpc = new ArrayList<>(confirmations);
            confirmations.clear();
            if (rpc.isEmpty()) {
                return;
            }
            uidl("data " + what, rpc);
        }
    }

    // ------------------------------------------------------------------ interactions

    /** Scrolls a grid so that rows from {@code first} are shown, as the grid connector requests them. */
    List<JsonNode> scrollGrid(Node grid, int first, int count, String what) {
        items.remove(grid.id);
        uidl(what, List.of(call(grid.id, "setViewportRange", first, count)));
        settle(what);
        return items.getOrDefault(grid.id, List.of());
    }

    /** Clicks a grid row (the grid's {@code item-click} event with the row's key). */
    void clickRow(Node grid, String itemKey, String what) {
        ObjectNode data = mouseClick("event.detail.");
        data.put("event.detail.itemKey", itemKey);
        data.put("event.detail.internalColumnId", "col0");
        uidl(what, List.of(event(grid.id, "item-click", data)));
        settle(what);
    }

    /** Clicks a button (its {@code click} DOM event). */
    public void click(Node button, String what) {
        uidl(what, List.of(event(button.id, "click", mouseClick("event."))));
        settle(what);
    }

    /** The event data of a plain left click at (0, 0), each name behind {@code prefix}. */
    private static ObjectNode mouseClick(String prefix) {
        ObjectNode data = NODES.objectNode();
        for (String name : List.of("screenX", "screenY", "clientX", "clientY", "button")) {
            data.put(prefix + name, 0);
        }
        data.put(prefix + "detail", 1);
        for (String name : List.of("ctrlKey", "shiftKey", "altKey", "metaKey")) {
            data.put(prefix + name, false);
        }
        return data;
    }

    /** Sets a property as the web component would and fires the event that synchronises it. */
    void setProperty(Node node, String property, JsonNode value, String eventName, String what) {
        ObjectNode sync = NODES.objectNode();
        sync.put("type", "mSync");
        sync.put("node", node.id);
        sync.put("feature", 1);
        sync.put("property", property);
        sync.set("value", value);
        node.properties.put(property, value);
        uidl(what, List.of(sync, event(node.id, eventName, NODES.objectNode())));
        settle(what);
    }

    /**
     * Opens a combo box's drop-down as a user does: the {@code opened} property changes, and the
     * connector asks for the first page of items. Returns the items the server sent (key, label).
     */
    List<JsonNode> openComboBox(Node comboBox, String what) {
        items.remove(comboBox.id);
        ObjectNode opened = NODES.objectNode();
        opened.put("type", "mSync");
        opened.put("node", comboBox.id);
        opened.put("feature", 1);
        opened.put("property", "opened");
        opened.put("value", true);
        uidl(
                what,
                List.of(
                        opened,
                        event(comboBox.id, "opened-changed", NODES.objectNode()),
                        call(comboBox.id, "setViewportRange", 0, 50, "")));
        settle(what);
        return items.getOrDefault(comboBox.id, List.of());
    }

    /** Closes a combo box's drop-down and sets its value, as picking an item does. */
    void pick(Node comboBox, String property, JsonNode value, String eventName, String what) {
        ObjectNode closed = NODES.objectNode();
        closed.put("type", "mSync");
        closed.put("node", comboBox.id);
        closed.put("feature", 1);
        closed.put("property", "opened");
        closed.put("value", false);
        ObjectNode sync = NODES.objectNode();
        sync.put("type", "mSync");
        sync.put("node", comboBox.id);
        sync.put("feature", 1);
        sync.put("property", property);
        sync.set("value", value);
        uidl(
                what,
                List.of(
                        sync,
                        event(comboBox.id, eventName, NODES.objectNode()),
                        closed,
                        event(comboBox.id, "opened-changed", NODES.objectNode())));
        settle(what);
    }

    /** Calls a {@code @ClientCallable} method of a component, as its connector does. */
    void callServer(Node node, String method, String what, Object... args) {
        uidl(what, List.of(call(node.id, method, args)));
        settle(what);
    }

    // ------------------------------------------------------------------ state tree queries

    List<Node> findAll(Predicate<Node> test) {
        return nodes.values().stream()
                .filter(test)
                .sorted(java.util.Comparator.comparingInt(n -> n.id))
                .toList();
    }

    Optional<Node> find(Predicate<Node> test) {
        return findAll(test).stream().findFirst();
    }

    Node require(String description, Predicate<Node> test) {
        return find(test).orElseThrow(() -> new FlowException("No " + description + " on " + location));
    }

    /** The text shown inside a node (its text nodes, depth first). */
    String textOf(Node node) {
        var text = new StringBuilder();
        collectText(node, text, 0);
        return text.toString().trim();
    }

    private void collectText(Node node, StringBuilder text, int depth) {
        if (node == null || depth > 40) {
            return;
        }
        if (node.text != null) {
            text.append(node.text).append(' ');
        }
        for (int child : node.children) {
            collectText(nodes.get(child), text, depth + 1);
        }
    }

    /**
     * Every text the page holds, joined with spaces: its views and dialogs (text nodes) and its
     * open notifications, whose message is a property of the {@code vaadin-notification} element.
     */
    public String pageText() {
        var text = new StringBuilder();
        nodes.values().forEach(node -> {
            String shown = "vaadin-notification".equals(node.tag) && !"false".equals(node.property("opened"))
                    ? node.property("text")
                    : node.text;
            if (shown != null && !shown.isBlank()) {
                text.append(shown.strip()).append(' ');
            }
        });
        return text.toString().strip();
    }

    /** Every node below this one (children and virtual children), depth first. */
    List<Node> descendants(Node node) {
        List<Node> result = new ArrayList<>();
        collect(node, result, 0);
        return result;
    }

    private void collect(Node node, List<Node> result, int depth) {
        if (node == null || depth > 60) {
            return;
        }
        for (List<Integer> list : List.of(node.children, node.virtualChildren)) {
            for (int id : list) {
                Node child = nodes.get(id);
                if (child != null) {
                    result.add(child);
                    collect(child, result, depth + 1);
                }
            }
        }
    }

    /** The key of the option of a {@code vaadin-select} whose text is {@code label}. */
    String selectOption(Node select, String label) {
        return descendants(select).stream()
                .filter(n -> "vaadin-select-item".equals(n.tag) && label.equals(textOf(n)))
                .map(n -> n.property("value"))
                .findFirst()
                .orElseThrow(() -> new FlowException("No option \"" + label + "\" in " + select.property("label")));
    }

    /** The button whose text is {@code label}, or {@code label} followed by its keyboard shortcut ("Save Ctrl+S"). */
    public Node button(String label) {
        return require(
                "button \"" + label + "\"",
                n -> "vaadin-button".equals(n.tag)
                        && (label.equals(textOf(n)) || textOf(n).startsWith(label + " ")));
    }

    /** The field (any tag) whose label property is {@code label}. */
    Node field(String label) {
        return require("field \"" + label + "\"", n -> label.equals(n.property("label")));
    }

    Node grid() {
        return require("grid", n -> "vaadin-grid".equals(n.tag));
    }

    List<JsonNode> itemsOf(Node node) {
        return items.getOrDefault(node.id, List.of());
    }

    /** The number of rows the server announced for a grid or combo box ({@code $connector.updateSize}). */
    int sizeOf(Node node) {
        return sizes.getOrDefault(node.id, -1);
    }

    public String location() {
        return location;
    }

    /**
     * The node that holds this client's session, as a load balancer names it in the session
     * cookie's prefix ({@code JSESSIONID=node1~…}); empty without a session or a prefix.
     */
    public String sessionNode() {
        if (sessionCookie == null || !sessionCookie.contains("~")) {
            return "";
        }
        return sessionCookie.substring("JSESSIONID=".length(), sessionCookie.indexOf('~'));
    }

    int nodeCount() {
        return nodes.size();
    }

    long bytesReceived() {
        return bytesReceived;
    }

    // ------------------------------------------------------------------ protocol

    private JsonNode uidl(String what, List<ObjectNode> rpc) {
        ObjectNode message = NODES.objectNode();
        message.put("csrfToken", csrfToken);
        ArrayNode invocations = message.putArray("rpc");
        rpc.forEach(invocations::add);
        message.put("syncId", syncId);
        message.put("clientId", clientId++);
        HttpResponse<String> response = send(
                what,
                HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(message.toString())),
                r -> r.statusCode() == 200);
        if (response.statusCode() != 200) {
            throw new FlowException(what + ": HTTP " + response.statusCode());
        }
        String body = response.body();
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        JsonNode json = parse(body);
        if (json.isArray()) {
            json = json.get(0);
        }
        if (json.has("meta") && json.get("meta").has("sessionExpired")) {
            throw new FlowException(what + ": the session expired");
        }
        if (json.has("meta") && json.get("meta").has("appError")) {
            throw new FlowException(what + ": " + json.get("meta").get("appError"));
        }
        if (trace != null) {
            trace.accept(json);
        }
        apply(json);
        return json;
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("Vaadin-Security-Key")) {
            csrfToken = uidl.get("Vaadin-Security-Key").asString();
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        JsonNode constantMap = uidl.path("constants");
        constantMap.properties().forEach(entry -> constants.put(entry.getKey(), entry.getValue()));
        for (JsonNode change : uidl.path("changes")) {
            applyChange(change);
        }
        for (JsonNode invocation : uidl.path("execute")) {
            execute(invocation);
        }
    }

    private void applyChange(JsonNode change) {
        int id = change.path("node").asInt();
        String type = change.path("type").asString();
        if ("attach".equals(type)) {
            nodes.put(id, new Node(id));
            return;
        }
        if ("detach".equals(type)) {
            nodes.remove(id);
            return;
        }
        Node node = nodes.computeIfAbsent(id, Node::new);
        int feature = change.path("feat").asInt();
        String key = change.path("key").asString();
        switch (type) {
            case "put" -> {
                JsonNode value = change.has("nodeValue") ? change.get("nodeValue") : change.get("value");
                switch (feature) {
                    case 0 -> {
                        if ("tag".equals(key)) {
                            node.tag = value.asString();
                        }
                    }
                    case 1 -> node.properties.put(key, value);
                    case 3 -> node.attributes.put(key, value.isString() ? value.asString() : value.toString());
                    case 4 -> node.listeners.put(key, value.asString());
                    case 7 -> node.text = value.asString();
                    default -> {}
                }
            }
            case "remove" -> {
                switch (feature) {
                    case 1 -> node.properties.remove(key);
                    case 3 -> node.attributes.remove(key);
                    case 4 -> node.listeners.remove(key);
                    default -> {}
                }
            }
            case "splice" -> {
                int index = change.path("index").asInt();
                int remove = change.path("remove").asInt(0);
                if (feature == 2 || feature == 24) {
                    List<Integer> list = feature == 2 ? node.children : node.virtualChildren;
                    for (int i = 0; i < remove && index < list.size(); i++) {
                        list.remove(index);
                    }
                    int at = index;
                    for (JsonNode added : change.path("addNodes")) {
                        list.add(Math.min(at++, list.size()), added.asInt());
                    }
                } else if (feature == 19 || feature == 11) {
                    List<String> list = feature == 19 ? node.serverMethods : node.classes;
                    for (int i = 0; i < remove && index < list.size(); i++) {
                        list.remove(index);
                    }
                    int at = index;
                    for (JsonNode added : change.path("add")) {
                        list.add(Math.min(at++, list.size()), added.asString());
                    }
                }
            }
            case "clear" -> {
                if (feature == 2) {
                    node.children.clear();
                } else if (feature == 24) {
                    node.virtualChildren.clear();
                } else if (feature == 19) {
                    node.serverMethods.clear();
                } else if (feature == 11) {
                    node.classes.clear();
                } else if (feature == 1) {
                    node.properties.clear();
                }
            }
            default -> {}
        }
    }

    /**
     * Reads the JavaScript the server asks the browser to run, for what the client needs: data
     * items sent to grids and combo boxes (their keys), update ids to confirm, navigation.
     */
    private void execute(JsonNode invocation) {
        if (!invocation.isArray() || invocation.isEmpty()) {
            return;
        }
        String script = invocation.get(invocation.size() - 1).asString();
        Integer target = invocation.size() > 1 && invocation.get(0).has("@v-node")
                ? invocation.get(0).get("@v-node").asInt()
                : null;
        if (target == null) {
            // Server-side navigation: the browser is told the new address.
            if (script.contains("'vaadin-navigate'")
                    && invocation.size() > 2
                    && invocation.get(1).isString()) {
                location = invocation.get(1).asString();
            }
            return;
        }
        for (int i = 1; i < invocation.size() - 1; i++) {
            collectItems(target, invocation.get(i));
        }
        if (script.contains("$connector.updateSize(")
                && invocation.size() == 3
                && invocation.get(1).isNumber()) {
            sizes.put(target, invocation.get(1).asInt());
        }
        if (script.contains("$connector.confirm(") || script.contains("$connector.confirm (")) {
            for (int i = 1; i < invocation.size() - 1; i++) {
                if (invocation.get(i).isNumber()) {
                    int updateId = invocation.get(i).asInt();
                    confirmations.add(call(target, "confirmUpdate", updateId));
                    break;
                }
            }
        }
    }

    private void collectItems(int node, JsonNode value) {
        if (value.isArray()) {
            for (JsonNode element : value) {
                if (element.isObject() && element.has("key")) {
                    items.computeIfAbsent(node, id -> new ArrayList<>()).add(element);
                }
            }
        }
    }

    private static ObjectNode event(int node, String type, ObjectNode data) {
        ObjectNode rpc = NODES.objectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", type);
        rpc.set("data", data);
        return rpc;
    }

    private static ObjectNode call(int node, String method, Object... args) {
        ObjectNode rpc = NODES.objectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        ArrayNode arguments = rpc.putArray("templateEventMethodArgs");
        for (Object arg : args) {
            if (arg instanceof Integer number) {
                arguments.add(number);
            } else if (arg instanceof Boolean bool) {
                arguments.add(bool);
            } else if (arg == null) {
                arguments.addNull();
            } else {
                arguments.add(arg.toString());
            }
        }
        rpc.put("promise", 0);
        return rpc;
    }

    // ------------------------------------------------------------------ HTTP

    private HttpResponse<String> get(String what, String path) {
        HttpResponse<String> response =
                send(what, HttpRequest.newBuilder(base.resolve(path)).GET(), r -> r.statusCode() == 200);
        if (response.statusCode() != 200) {
            throw new FlowException(what + ": HTTP " + response.statusCode() + " for " + path);
        }
        return response;
    }

    private HttpResponse<String> send(String what, HttpRequest.Builder request, Predicate<HttpResponse<String>> ok) {
        if (sessionCookie != null) {
            request.header("Cookie", sessionCookie);
        }
        request.timeout(Duration.ofSeconds(60));
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            recorder.record(what, System.nanoTime() - started, false);
            throw new FlowException(what + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlowException(what + ": interrupted");
        }
        recorder.record(what, System.nanoTime() - started, ok.test(response));
        bytesReceived += response.body().length();
        response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .ifPresent(cookie -> sessionCookie =
                        cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')));
        return response;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            throw new FlowException("Not JSON: " + body.substring(0, Math.min(200, body.length())));
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String label(String route) {
        int slash = route.indexOf('/');
        return slash < 0 ? route : route.substring(0, slash) + "/…";
    }
}
