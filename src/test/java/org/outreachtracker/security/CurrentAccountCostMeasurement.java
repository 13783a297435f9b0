package org.outreachtracker.security;

import jakarta.servlet.FilterChain;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.account.SignInAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Not a test (its name keeps it out of the test run): measures what {@link CurrentAccountFilter}
 * adds to each request of a signed-in session, on the test database: the filter with an unchanged
 * account (one query for the account's version) against the filter for an anonymous request (no
 * query). Run it with
 * {@code ./mvnw test -Dtest=CurrentAccountCostMeasurement -Dsurefire.failIfNoSpecifiedTests=false};
 * the figures are in its output file.
 */
@IntegrationTest
class CurrentAccountCostMeasurement {

    @Autowired
    SignInAccounts accounts;

    @Autowired
    UserDetailsService users;

    @Test
    void measure() throws Exception {
        var filter = new CurrentAccountFilter(accounts);
        FilterChain nothing = (request, response) -> {};
        int rounds = 10;
        int requests = 20_000;
        for (int round = 0; round < rounds; round++) {
            TestSignIn.anonymous();
            double anonymous = perRequest(filter, nothing, requests);
            TestSignIn.as(users, "officer");
            double signedIn = perRequest(filter, nothing, requests);
            TestSignIn.anonymous();
            System.out.printf(
                    "round %d: anonymous %.1f us, signed in (unchanged account) %.1f us, added %.1f us%n",
                    round + 1, anonymous, signedIn, signedIn - anonymous);
        }
        long[] stamps = new long[requests];
        long id = accounts.find("officer").orElseThrow().id();
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            accounts.stamp(id);
            stamps[i] = System.nanoTime() - start;
        }
        Arrays.sort(stamps);
        System.out.printf(
                "version query alone: median %.1f us, p95 %.1f us, p99 %.1f us%n",
                stamps[requests / 2] / 1e3, stamps[requests * 95 / 100] / 1e3, stamps[requests * 99 / 100] / 1e3);
    }

    private static double perRequest(CurrentAccountFilter filter, FilterChain chain, int requests) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            var request = new MockHttpServletRequest("POST", "/");
            request.setQueryString("v-r=uidl&v-uiId=0");
            filter.doFilter(request, new MockHttpServletResponse(), chain);
        }
        return (System.nanoTime() - start) / 1e3 / requests;
    }
}
