package org.outreachtracker.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Puts {@link PageRequestHandler} in front of Vaadin's own handler of page requests (handlers
 * added here are asked first).
 */
@Component
class PageRequestHandlerInstaller implements VaadinServiceInitListener {

    private final Refusals refusals;

    PageRequestHandlerInstaller(Refusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(new PageRequestHandler(refusals));
    }
}
