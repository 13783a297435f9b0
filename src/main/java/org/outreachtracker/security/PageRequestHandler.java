package org.outreachtracker.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DisabledUpdateMode;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.nodefeature.ElementData;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.communication.ServerRpcHandler;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import com.vaadin.flow.server.communication.rpc.RpcInvocationHandler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Vaadin's handler of page requests (the events an open page sends), with two additions:
 * <ul>
 * <li>when the roles of the signed-in account changed ({@link CurrentAccountFilter}), every open
 *     page of the session is shown again, menu and all, as the roles now allow: at the end of its
 *     next request, after the events it sent were handled (and refused where the roles no longer
 *     allow them); a page that is no longer allowed becomes "Not allowed";</li>
 * <li>an event or value sent for a control that is disabled or hidden, which Vaadin ignores, is
 *     also recorded as refused ({@link Refusals#uiEventsRefused}), once per request.</li>
 * </ul>
 * Installed in front of Vaadin's own handler by {@link PageRequestHandlerInstaller}; everything
 * else is Vaadin's.
 */
final class PageRequestHandler extends UidlRequestHandler {

    private static final String COLLECTED = PageRequestHandler.class.getName() + ".refused";

    private final transient Refusals refusals;

    PageRequestHandler(Refusals refusals) {
        this.refusals = refusals;
    }

    @Override
    protected ServerRpcHandler createRpcHandler() {
        return new Watching(refusals);
    }

    /** Vaadin's handling of one request's events, watching for events to inactive controls. */
    private static final class Watching extends ServerRpcHandler {

        private final transient Refusals refusals;
        private transient Map<String, RpcInvocationHandler> handlers;

        Watching(Refusals refusals) {
            this.refusals = refusals;
        }

        @Override
        public void handleRpc(UI ui, String message, VaadinRequest request)
                throws InvalidUIDLSecurityKeyException, MessageIdSyncException {
            showAgainIfRolesChanged(ui.getSession());
            List<String> refused = new ArrayList<>();
            request.setAttribute(COLLECTED, refused);
            try {
                super.handleRpc(ui, message, request);
            } finally {
                request.removeAttribute(COLLECTED);
                if (!refused.isEmpty()) {
                    refusals.uiEventsRefused(page(ui), refused);
                }
            }
        }

        /** Shows every open page of the session again, at its next response, once after the roles changed. */
        private static void showAgainIfRolesChanged(VaadinSession session) {
            WrappedSession httpSession = session.getSession();
            if (httpSession == null || httpSession.getAttribute(CurrentAccountFilter.ROLES_CHANGED) == null) {
                return;
            }
            httpSession.removeAttribute(CurrentAccountFilter.ROLES_CHANGED);
            for (UI open : List.copyOf(session.getUIs())) {
                open.beforeClientResponse(open, context -> open.refreshCurrentRoute(true));
            }
        }

        @Override
        protected Map<String, RpcInvocationHandler> getInvocationHandlers() {
            if (handlers == null) {
                Map<String, RpcInvocationHandler> watched = new HashMap<>();
                super.getInvocationHandlers().forEach((type, handler) -> watched.put(type, new Watched(handler)));
                handlers = Map.copyOf(watched);
            }
            return handlers;
        }

        private static String page(UI ui) {
            return "/" + ui.getInternals().getActiveViewLocation().getPath();
        }
    }

    /** One kind of invocation, noting those Vaadin is about to ignore because their control is hidden or disabled. */
    private record Watched(RpcInvocationHandler delegate) implements RpcInvocationHandler {

        @Override
        public String getRpcType() {
            return delegate.getRpcType();
        }

        @Override
        public Optional<Runnable> handle(UI ui, JsonNode invocation) {
            JsonNode nodeId = invocation.get("node");
            StateNode node =
                    nodeId == null ? null : ui.getInternals().getStateTree().getNodeById(nodeId.asInt());
            if (node != null
                    && node.isAttached()
                    && isIgnored(node, invocation)
                    && VaadinRequest.getCurrent() != null
                    && VaadinRequest.getCurrent().getAttribute(COLLECTED) instanceof List<?> collected) {
                @SuppressWarnings("unchecked")
                List<String> refused = (List<String>) collected;
                refused.add(describe(invocation, node));
            }
            return delegate.handle(ui, invocation);
        }

        /**
         * Whether Vaadin ignores this invocation because its control is hidden (inactive), or
         * disabled: events, calls and value changes are not taken from a disabled control, except a
         * property that the component declared to be synchronised even while disabled.
         */
        private static boolean isIgnored(StateNode node, JsonNode invocation) {
            if (node.isInactive()) {
                return true;
            }
            if (node.isEnabled()) {
                return false;
            }
            return switch (invocation.path("type").asString("")) {
                case "event", "publishedEventHandler" -> true;
                case "mSync" ->
                    !node.hasFeature(ElementListenerMap.class)
                            || node.getFeature(ElementListenerMap.class)
                                            .getPropertySynchronizationMode(
                                                    invocation.path("property").asString(""))
                                    != DisabledUpdateMode.ALWAYS;
                default -> false;
            };
        }

        private static String describe(JsonNode invocation, StateNode node) {
            String what = switch (invocation.path("type").asString("")) {
                case "event" -> "'" + invocation.path("event").asString("") + "' event";
                case "mSync" -> "change of '" + invocation.path("property").asString("") + "'";
                case "publishedEventHandler" ->
                    "call of '" + invocation.path("templateEventMethodName").asString("") + "'";
                default -> invocation.path("type").asString("") + " message";
            };
            String control = "element";
            if (node.hasFeature(ElementData.class)) {
                Element element = Element.get(node);
                control = element.getComponent()
                        .map(Component::getClass)
                        .map(Class::getSimpleName)
                        .orElse("<" + element.getTag() + ">");
            }
            return what + " on a " + control;
        }
    }
}
