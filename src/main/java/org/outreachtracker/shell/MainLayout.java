package org.outreachtracker.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
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
import org.outreachtracker.base.ui.Translations;
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
        // Not the touch-optimised navbar, which Vaadin moves to the bottom of a phone's screen: the
        // handling banner and the page's name stay at the top on every screen.
        addToNavbar(false, header(currentUser, ui, demoEnabled));
        addToDrawer(drawerTitle(), new Scroller(navigation()));
    }

    private Header header(CurrentUser currentUser, UiProperties ui, boolean demoEnabled) {
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        viewTitle.addClassName("view-title");

        var header = new Header();
        header.addClassName("app-header");
        if (!ui.bannerText(getLocale()).isBlank()) {
            var banner = new Div(ui.bannerText(getLocale()));
            banner.addClassName("handling-banner");
            header.add(banner);
        }
        var bar = new Div(toggle, viewTitle);
        bar.addClassName("app-bar");
        if (demoEnabled) {
            var demo = new Span(getTranslation("shell.demoBadge"));
            demo.addClassName("demo-badge");
            demo.getElement().setAttribute("title", getTranslation("shell.demo"));
            bar.add(demo);
        }
        currentUser.get().ifPresentOrElse(user -> bar.add(userBox(user, currentUser)), () -> bar.add(signIn()));
        header.add(bar);
        return header;
    }

    private Div userBox(SignedInUser user, CurrentUser currentUser) {
        var name = new Span(user.displayName());
        name.addClassName("user-name");
        var roles = new Span(roles(user));
        roles.addClassName("user-roles");
        var who = new Div(name, roles);
        who.addClassName("user-who");
        var password = new Button(
                getTranslation("shell.password"),
                event -> event.getSource().getUI().ifPresent(ui -> ui.navigate("account/password")));
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var secondFactor = new Button(
                getTranslation("shell.secondFactor"),
                event -> event.getSource().getUI().ifPresent(ui -> ui.navigate("account/second-factor")));
        secondFactor.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        secondFactor.setId("second-factor-link");
        // An icon with its name as tooltip and label: the wide bar already holds four account links.
        var display = new Button(
                VaadinIcon.GLOBE_WIRE.create(),
                event -> event.getSource().getUI().ifPresent(ui -> ui.navigate("account/display")));
        display.setAriaLabel(getTranslation("shell.display"));
        display.setTooltipText(getTranslation("shell.display"));
        display.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        display.setId("display-link");
        var signOut = new Button(getTranslation("shell.signOut"), event -> currentUser.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        var wide = new Div(who, password, secondFactor, display, signOut);
        wide.addClassName("account-actions");
        var box = new Div();
        boolean reader = user.hasRole(Role.DESK_OFFICER) || user.hasRole(Role.MANAGER);
        if (reader) {
            box.add(search, searchButton());
        }
        box.add(new NotificationBell(notifications, broadcaster, user.id()), wide, userMenu(user, currentUser));
        box.addClassName("user-box");
        return box;
    }

    /** On a phone, where the search box does not fit: a button that opens the search page. */
    private static Button searchButton() {
        var button = new Button(
                VaadinIcon.SEARCH.create(),
                event -> event.getSource().getUI().ifPresent(ui -> ui.navigate(SearchView.ROUTE)));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(Translations.text("shell.search"));
        button.addClassName("search-button");
        return button;
    }

    /**
     * On a phone, who is signed in and the account's actions fold into one menu behind the user's
     * initials, so the bar stays one line; wider screens show them in the bar instead.
     */
    private static MenuBar userMenu(SignedInUser user, CurrentUser currentUser) {
        var avatar = new Avatar(user.displayName());
        avatar.setAbbreviation(initials(user.displayName()));
        avatar.addThemeVariants(AvatarVariant.LUMO_SMALL);
        var menu = new MenuBar();
        menu.setId("user-menu");
        menu.addClassName("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.getElement().setAttribute("aria-label", Translations.text("shell.account"));
        var root = menu.addItem(avatar);
        root.setAriaLabel(Translations.text("shell.accountOf", user.displayName()));
        var sub = root.getSubMenu();
        var name = new Span(user.displayName());
        name.addClassName("user-name");
        var roles = new Span(roles(user));
        roles.addClassName("user-roles");
        var who = new Div(name, roles);
        who.addClassName("user-menu-who");
        sub.addItem(who).setEnabled(false);
        sub.addSeparator();
        sub.addItem(
                        Translations.text("shell.password"),
                        event -> event.getSource().getUI().ifPresent(ui -> ui.navigate("account/password")))
                .setId("menu-password");
        sub.addItem(
                        Translations.text("shell.secondFactor"),
                        event -> event.getSource().getUI().ifPresent(ui -> ui.navigate("account/second-factor")))
                .setId("menu-second-factor");
        sub.addItem(
                        Translations.text("shell.display"),
                        event -> event.getSource().getUI().ifPresent(ui -> ui.navigate("account/display")))
                .setId("menu-display");
        sub.addItem(Translations.text("shell.signOut"), event -> currentUser.signOut())
                .setId("menu-sign-out");
        return menu;
    }

    /** The roles, as the page's language names them, in one line. */
    private static String roles(SignedInUser user) {
        return user.roles().stream().sorted().map(Translations::label).collect(Collectors.joining(", "));
    }

    /** The first letters of the first two words of a name ("Olivia Officer (demo)" → "OO"). */
    static String initials(String name) {
        String letters = java.util.Arrays.stream(name.strip().split("\\s+"))
                .filter(word -> !word.isEmpty() && Character.isLetter(word.codePointAt(0)))
                .limit(2)
                .map(word -> new String(Character.toChars(word.codePointAt(0))))
                .collect(Collectors.joining());
        return letters.isEmpty() ? "?" : letters.toUpperCase(java.util.Locale.ROOT);
    }

    /** For a visitor who is not signed in (on the error pages, which anyone may see). */
    private static Div signIn() {
        var link = new Anchor("login", Translations.text("shell.signIn"));
        link.setId("sign-in-link");
        var box = new Div(link);
        box.addClassName("user-box");
        return box;
    }

    private static Div drawerTitle() {
        var title = new Span(PRODUCT);
        title.addClassName("product-name");
        var box = new Div(title);
        box.addClassName("drawer-title");
        return box;
    }

    private static SideNav navigation() {
        var nav = new SideNav();
        nav.setId("main-nav");
        nav.setLabel(Translations.text("shell.navigation"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(menuTitle(entry), entry.path());
            item.setMatchNested(true);
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            nav.addItem(item);
        }
        return nav;
    }

    /**
     * A view's name in the navigation, in the page's language: the text of {@code shell.menu.<route>}
     * ("shell.menu.admin/users"); the name the view gives itself if there is none.
     */
    static String menuTitle(MenuEntry entry) {
        String route = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
        String title = Translations.text("shell.menu." + route);
        return title.startsWith("!") ? entry.title() : title;
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
