package org.outreachtracker.ops;

import java.util.List;
import java.util.Set;
import org.outreachtracker.Application;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingRow;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * The application, started as its own process by {@link CrashSafetyTest}, that logs meetings
 * through the meeting service as the demo desk officer, one after the other, and tells on
 * standard output which are saved:
 * <pre>
 * PRESENT id      a meeting of an earlier run found at start-up (read through the service)
 * READY           start-up done, writing begins
 * COMMITTED id    {@code MeetingService.log} returned: the meeting's transaction is committed
 * DONE            all meetings asked for are written
 * </pre>
 * Arguments: the application's own ("--key=value"), plus {@code --crash.cycle=N} and
 * {@code --crash.meetings=N} (how many to write; the test kills the process before that).
 * Test code only: it is not part of the application.
 */
public final class CrashWriter {

    static final String SUMMARY = "Crash-safety meeting";

    private CrashWriter() {}

    public static void main(String[] args) {
        int cycle = Integer.parseInt(argument(args, "crash.cycle", "0"));
        int meetings = Integer.parseInt(argument(args, "crash.meetings", "0"));
        ConfigurableApplicationContext context = SpringApplication.run(Application.class, args);
        MeetingService service = context.getBean(MeetingService.class);
        var outreach = new TestOutreach(context);

        List<MeetingRow> present = outreach.as(
                "officer",
                () -> service.search(
                                new MeetingFilter(null, null, null, null, null, false, null, null, SUMMARY, null, null),
                                PageRequest.of(0, 100_000))
                        .getContent());
        for (MeetingRow row : present) {
            System.out.println("PRESENT " + row.id());
        }
        System.out.println("READY");
        System.out.flush();

        if (meetings > 0) {
            CampaignDetails campaign = outreach.activeCampaign(10, outreach.countryIds("JP"), "Point");
            CounterpartRef minister = outreach.counterpart("JP", TestOutreach.unique("Minister"));
            for (int n = 1; n <= meetings; n++) {
                var draft = outreach.meeting(
                        campaign,
                        "JP",
                        outreach.daysAgo(1),
                        Set.of(minister.id()),
                        List.of(),
                        OverallResponse.RECEPTIVE,
                        SUMMARY + " " + cycle + "-" + n,
                        List.of());
                long id = outreach.as("officer", () -> service.log(draft));
                System.out.println("COMMITTED " + id);
                System.out.flush();
            }
        }
        System.out.println("DONE");
        System.out.flush();
        System.exit(SpringApplication.exit(context));
    }

    private static String argument(String[] args, String name, String otherwise) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        return otherwise;
    }
}
