package org.outreachtracker.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.Role;
import org.outreachtracker.account.SignedInUser;
import org.outreachtracker.notification.NotificationBroadcaster;
import org.outreachtracker.notification.NotificationService;
import org.outreachtracker.notification.ui.NotificationBell;
import org.outreachtracker.search.ui.SearchField;
import org.outreachtracker.search.ui.SearchView;
import org.springframework.beans.factory.annotation.Value;

/**
 * The frame around every signed-in page and the error pages: the handling banner, the product
 * name, global search (for those who read outreach records), the notification bell, who is signed in with which roles, sign-out (or, on an error page seen without signing
 * in, a way to sign in), and a side navigation listing only the views the user's roles may open
 * (Vaadin's menu configuration checks each view's access annotation).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String PRODUCT = "Outreach Tracker";

    private final H1 viewTitle = new H1();
    private final SearchField search = new SearchField();

    private final NotificationService notifications;
    private final NotificationBroadcaster broadcaster;

    MainLayout(
            CurrentUser currentUser,
            UiProperties ui,
            NotificationService notifications,
            NotificationBroadcaster broadcaster,
            @Value("${outreach.demo.enabled:false}") boolean demoEnabled) {
        this.notifications = notifications;
        this.broadcaster = broadcaster;
        setPrimarySection(Section.NAVBAR);
        addToNavbar(true, header(currentUser, ui, demoEnabled));
        addToDrawer(drawerTitle(), new Scroller(navigation()));
    }

    private Header header(CurrentUser currentUser, UiProperties ui, boolean demoEnabled) {
        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        viewTitle.addClassName("view-title");

        var header = new Header();
        header.addClassName("app-header");
        if (!ui.bannerText().isBlank()) {
            var banner = new Div(ui.bannerText());
            banner.addClassName("handling-banner");
            header.add(banner);
        }
        var bar = new Div(toggle, viewTitle);
        bar.addClassName("app-bar");
        if (demoEnabled) {
            var demo = new Span("DEMO");
            demo.addClassName("demo-badge");
            demo.getElement().setAttribute("title", "Demo mode: invented data and demo accounts");
            bar.add(demo);
        }
        currentUser.get().ifPresentOrElse(user -> bar.add(userBox(user, currentUser)), () -> bar.add(signIn()));
        header.add(bar);
        return header;
    }

    private Div userBox(SignedInUser user, CurrentUser currentUser) {
        var name = new Span(user.displayName());
        name.addClassName("user-name");
        var roles = new Span(user.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", ")));
        roles.addClassName("user-roles");
        var who = new Div(name, roles);
        who.addClassName("user-who");
        var password = new Button(
                "Password", event -> event.getSource().getUI().ifPresent(ui -> ui.navigate("account/password")));
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var secondFactor = new Button(
                "Authenticator app",
                event -> event.getSource().getUI().ifPresent(ui -> ui.navigate("account/second-factor")));
        secondFactor.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        secondFactor.setId("second-factor-link");
        var signOut = new Button("Sign out", event -> currentUser.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        var box = new Div();
        if (user.hasRole(Role.DESK_OFFICER) || user.hasRole(Role.MANAGER)) {
            box.add(search);
        }
        box.add(new NotificationBell(notifications, broadcaster, user.id()), who, password, secondFactor, signOut);
        box.addClassName("user-box");
        return box;
    }

    /** For a visitor who is not signed in (on the error pages, which anyone may see). */
    private static Div signIn() {
        var link = new Anchor("login", "Sign in");
        link.setId("sign-in-link");
        var box = new Div(link);
        box.addClassName("user-box");
        return box;
    }

    private static Div drawerTitle() {
        var title = new Span("Outreach Tracker");
        title.addClassName("product-name");
        var box = new Div(title);
        box.addClassName("drawer-title");
        return box;
    }

    private static SideNav navigation() {
        var nav = new SideNav();
        nav.setId("main-nav");
        nav.setLabel("Main");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(entry.title(), entry.path());
            item.setMatchNested(true);
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            nav.addItem(item);
        }
        return nav;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(header(MenuConfiguration.getPageHeader(getContent()).orElse(PRODUCT)));
        // The search box shows the search whose results are on screen, and is empty elsewhere.
        search.setValue(
                SearchView.ROUTE.equals(event.getLocation().getPath())
                        ? event.getLocation()
                                .getQueryParameters()
                                .getSingleParameter("q")
                                .orElse("")
                        : "");
    }

    /** The page title without the product name every title ends with ("Meetings | Outreach Tracker"). */
    static String header(String pageTitle) {
        String suffix = " | " + PRODUCT;
        return pageTitle.endsWith(suffix) ? pageTitle.substring(0, pageTitle.length() - suffix.length()) : pageTitle;
    }
}
