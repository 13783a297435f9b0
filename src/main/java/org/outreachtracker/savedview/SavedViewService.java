package org.outreachtracker.savedview;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's last choice of filters on the pages that keep one (the coverage map and
 * the dashboard, both managers' pages), so such a page opened without filters in its address
 * shows what they last chose, also after signing in again. Each person reads and changes only
 * their own choice. A choice is kept as the query string of the page's address and is not checked
 * against the data: the page reads it as it reads its address and ignores what no longer fits.
 */
@Service
@Transactional
public class SavedViewService {

    /** The longest query string kept for one page. */
    public static final int MAX_LENGTH = 1000;

    /** What a query string is made of once encoded: name=value pairs joined by {@code &}. */
    private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9._~%+*=&-]*");

    private final SavedViewRepository views;
    private final CurrentUser currentUser;
    private final Clock clock;

    SavedViewService(SavedViewRepository views, CurrentUser currentUser, Clock clock) {
        this.views = views;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The query string the signed-in person last chose on the page; empty if they chose none. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public Optional<String> lastChoice(SavedPage page) {
        long userId = currentUser.require().id();
        requirePage(page);
        return views.findById(new SavedView.Key(userId, page)).map(SavedView::getFilters);
    }

    /**
     * Keeps the filters the signed-in person chose on the page (a query string such as
     * {@code campaign=12&bureau=AF}); an empty one forgets their choice, so the page opens with
     * its defaults.
     */
    @RolesAllowed(Roles.MANAGER)
    public void keepChoice(SavedPage page, String filters) {
        long userId = currentUser.require().id();
        requirePage(page);
        String query = filters == null ? "" : filters.strip();
        if (query.length() > MAX_LENGTH) {
            throw RuleViolationException.because(
                    "refusal.savedview.tooLong", String.valueOf(MAX_LENGTH), String.valueOf(query.length()));
        }
        if (!QUERY.matcher(query).matches()) {
            throw RuleViolationException.because("refusal.savedview.notAQuery");
        }
        var key = new SavedView.Key(userId, page);
        if (query.isEmpty()) {
            views.deleteById(key);
            return;
        }
        views.findById(key)
                .ifPresentOrElse(
                        saved -> saved.choose(query, clock.instant()),
                        () -> views.save(new SavedView(userId, page, query, clock.instant())));
    }

    private static void requirePage(SavedPage page) {
        if (page == null) {
            throw RuleViolationException.because("refusal.savedview.whichPage");
        }
    }
}
