package org.outreachtracker.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.outreachtracker.bench.BenchDialect.RowSink;
import org.outreachtracker.counterpart.NameMatch;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Writes the bench data set in bulk (batched inserts on H2, {@code COPY} on PostgreSQL: see
 * {@link BenchDialect}) into a database the migrations have
 * created. Every row respects the schema's constraints and the services' rules (a meeting's
 * counterparts are of its country, its points belong to its campaign, it is dated between the
 * campaign's issue date and today or the campaign's deadline, it is reported by a desk officer of
 * its country, follow-ups are owned by active officers or managers, done ones carry a note).
 *
 * <p>Distributions: countries (UN members and observers) get a log-normal weight, so a few busy
 * partners see many meetings and small states few; campaigns are spread over fifteen years, later
 * ones larger, a few active and one draft; a campaign targets all countries or a weighted list and
 * reaches most of its targets; responses and reactions follow the demo data's shares; about 40 %
 * of meetings ask for a follow-up, and outstanding follow-ups past their due date are overdue.
 */
final class BenchDataWriter {

    private static final String AUTHOR = "bench-generator";
    private static final int BATCH = 1_000;
    /**
     * Bits of a planned meeting's number in its sort key (the day above them): room for
     * {@link BenchDataParameters#MAX_MEETINGS}.
     */
    static final int PLAN_BITS = 24;

    private static final int[] POINT_CHANCE = {100, 90, 60, 40, 50, 40};

    private final BenchDataParameters parameters;
    private final Connection db;
    private final BenchDialect dialect;
    private final PrintStream log;
    private final SplittableRandom random;
    private final LocalDate today = LocalDate.now();
    private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    private final Map<String, Long> counts = new LinkedHashMap<>();

    // Reference data
    private final List<Country> countries = new ArrayList<>();
    private final List<Country> eligible = new ArrayList<>();
    private final List<Post> posts = new ArrayList<>();
    // Per eligible country (by its index in 'eligible')
    private long[][] bilateralPosts;
    private long[][] missionPosts;
    private int[][] officersByCountry;
    private long[][] counterpartsByCountry;
    // Accounts
    private final List<String> usernames = new ArrayList<>();
    private final List<Long> userIds = new ArrayList<>();
    private final List<Integer> managers = new ArrayList<>();
    // Campaigns
    private final List<Campaign> campaigns = new ArrayList<>();

    BenchDataWriter(BenchDataParameters parameters, Connection db, BenchDialect dialect, PrintStream log) {
        this.parameters = parameters;
        this.db = db;
        this.dialect = dialect;
        this.log = log;
        this.random = new SplittableRandom(parameters.seed());
    }

    record Country(long id, String code, String name, long bureauId, boolean eligible) {}

    record Post(long id, String type, long hostCountryId, boolean active, long[] covers) {}

    static final class Campaign {
        long id;
        String title;
        LocalDate issued;
        LocalDate deadline;
        String status;
        boolean allCountries;
        int[] targets = new int[0];
        int[] reached = new int[0];
        double[] reachedCumulative = new double[0];
        int[] opportunities = new int[0];
        long[] pointIds = new long[0];
        String[] pointLabels = new String[0];
        String[] pointTexts = new String[0];
        double weight;
        int meetings;
        String topic;

        LocalDate lastMeetingDay(LocalDate today) {
            return "CLOSED".equals(status) ? deadline : today;
        }
    }

    Map<String, Long> write() throws SQLException {
        db.setAutoCommit(false);
        readReference();
        writePosts();
        double[] countryWeights = countryWeights();
        writeUsers(countryWeights);
        writeCampaigns(countryWeights);
        // Bulk load: the plain indexes of the large tables are dropped and built again afterwards
        // (the same definitions, read from the catalogue), which is several times faster than
        // maintaining them row by row. Constraints, and the indexes they own, stay in place.
        List<String> indexes =
                dropIndexes(List.of("counterpart", "meeting", "meeting_counterpart", "meeting_point", "follow_up"));
        writeCounterparts(countryWeights);
        writeMeetings(countryWeights);
        db.commit();
        long indexing = System.nanoTime();
        try (Statement statement = db.createStatement()) {
            for (String create : indexes) {
                statement.execute(create);
            }
        }
        db.commit();
        log.printf("bench-data: %d indexes built in %.1f s%n", indexes.size(), (System.nanoTime() - indexing) / 1e9);
        // What the application keeps as it logs meetings: live meetings per day (V24), reactions
        // per talking point (V25), live meetings per campaign and country (V26), coverage's facts
        // of each live meeting (V60) and live meetings per campaign, day and response (coverage's,
        // V162, and the meeting feature's, V164).
        try (Statement statement = db.createStatement()) {
            statement.execute("delete from meeting_day_count");
            statement.execute("insert into meeting_day_count (meeting_date, meetings) select meeting_date, count(*)"
                    + " from meeting where deleted_at is null group by meeting_date");
            statement.execute("delete from point_reaction_count");
            statement.execute("insert into point_reaction_count (talking_point_id, reaction, meetings)"
                    + " select mp.talking_point_id, mp.reaction, count(*) from meeting_point mp"
                    + " join meeting m on m.id = mp.meeting_id where m.deleted_at is null"
                    + " group by mp.talking_point_id, mp.reaction");
            statement.execute("delete from campaign_country_count");
            statement.execute("insert into campaign_country_count (campaign_id, country_id, meetings)"
                    + " select campaign_id, country_id, count(*) from meeting where deleted_at is null"
                    + " group by campaign_id, country_id");
            statement.execute("delete from coverage_meeting");
            statement.execute("insert into coverage_meeting (meeting_id, campaign_id, country_id, meeting_date,"
                    + " overall_response) select id, campaign_id, country_id, meeting_date, overall_response"
                    + " from meeting where deleted_at is null");
            statement.execute("delete from campaign_day_response_count");
            statement.execute("insert into campaign_day_response_count (campaign_id, meeting_date,"
                    + " overall_response, meetings) select campaign_id, meeting_date,"
                    + " coalesce(overall_response, 'PENDING'), count(*) from meeting where deleted_at is null"
                    + " group by campaign_id, meeting_date, coalesce(overall_response, 'PENDING')");
            statement.execute("delete from meeting_campaign_day_count");
            statement.execute("insert into meeting_campaign_day_count select * from campaign_day_response_count");
        }
        db.commit();
        BenchLifecycle.write(db, dialect, log, counts);
        // Kept by the application too: live meetings per campaign, expected objection and country
        // (V163), from the objections the lifecycle just raised.
        try (Statement statement = db.createStatement()) {
            statement.execute("delete from objection_country_count");
            statement.execute("insert into objection_country_count (campaign_id, objection_id, country_id,"
                    + " meetings) select m.campaign_id, mo.objection_id, m.country_id, count(*)"
                    + " from meeting_objection mo join meeting m on m.id = mo.meeting_id"
                    + " where m.deleted_at is null group by m.campaign_id, mo.objection_id, m.country_id");
        }
        db.commit();
        // The migrations ran on empty tables, so they recorded the search index as complete; the
        // rows were written around the application, so it is empty. Marked as not filled, the
        // application fills it in the background at its first start, as it would for a database
        // that held records when search arrived.
        try (Statement statement = db.createStatement()) {
            statement.execute("update search_backfill set finished = false, done_through = 0");
        }
        db.commit();
        restartIdentities();
        long analyzeStarted = System.nanoTime();
        try (Statement statement = db.createStatement()) {
            statement.execute("analyze");
        }
        db.commit();
        log.printf("bench-data: statistics updated (analyze) in %.1f s%n", (System.nanoTime() - analyzeStarted) / 1e9);
        for (String table : List.of(
                "country",
                "post",
                "app_user",
                "campaign",
                "talking_point",
                "campaign_country",
                "counterpart",
                "meeting",
                "meeting_counterpart",
                "meeting_point",
                "follow_up")) {
            counts.put(table, single("select count(*) from " + table));
        }
        counts.put(
                "follow_up_overdue",
                single("select count(*) from follow_up where status in ('OPEN', 'IN_PROGRESS')"
                        + " and due_date < current_date"));
        counts.put("meeting_deleted", single("select count(*) from meeting where deleted_at is not null"));
        counts.put(
                "largest_campaign_meetings",
                single("select max(n) from (select count(*) n from meeting" + " group by campaign_id) t"));
        return counts;
    }

    // ---------------------------------------------------------------- reference data and posts

    private void readReference() throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select id, code, name, bureau_id, un_status from country order by id")) {
            while (rs.next()) {
                String status = rs.getString(5);
                var country = new Country(
                        rs.getLong(1), rs.getString(2).trim(), rs.getString(3), rs.getLong(4), !"OTHER".equals(status));
                countries.add(country);
                if (country.eligible()) {
                    eligible.add(country);
                }
            }
        }
        readPosts();
    }

    private void readPosts() throws SQLException {
        posts.clear();
        Map<Long, List<Long>> covers = new HashMap<>();
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery("select post_id, country_id from post_country")) {
            while (rs.next()) {
                covers.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        try (Statement statement = db.createStatement();
                ResultSet rs =
                        statement.executeQuery("select id, post_type, host_country_id, active from post order by id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                posts.add(new Post(
                        id,
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getBoolean(4),
                        covers.getOrDefault(id, List.of()).stream()
                                .mapToLong(Long::longValue)
                                .toArray()));
            }
        }
    }

    /** Generated consulates (a few of them closed) up to the requested number of posts. */
    private void writePosts() throws SQLException {
        int missing = parameters.posts() - posts.size();
        if (missing > 0) {
            long id = single("select coalesce(max(id), 0) from post") + 1;
            Map<Long, Integer> perCountry = new HashMap<>();
            try (RowSink post = dialect.sink(
                            db,
                            "post",
                            "id",
                            "code",
                            "name",
                            "post_type",
                            "city",
                            "host_country_id",
                            "active",
                            "version",
                            "created_at",
                            "created_by",
                            "updated_at",
                            "updated_by",
                            "sort_name");
                    RowSink covers = dialect.sink(db, "post_country", "post_id", "country_id")) {
                for (int i = 0; i < missing; i++, id++) {
                    Country host = eligible.get(random.nextInt(eligible.size()));
                    int n = perCountry.merge(host.id(), 1, Integer::sum);
                    String city = host.name() + " bureau " + n;
                    String name = "Consulate " + city + " (bench)";
                    post.row(
                            id,
                            String.format("BENCH-CON-%04d", i + 1),
                            name,
                            "CONSULATE",
                            city,
                            host.id(),
                            random.nextInt(100) >= 3,
                            0,
                            now,
                            AUTHOR,
                            now,
                            AUTHOR,
                            org.outreachtracker.base.Names.sortKey(name));
                    covers.row(id, host.id());
                }
                post.flush();
                covers.flush();
            }
            db.commit();
            readPosts();
        }
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < eligible.size(); i++) {
            index.put(eligible.get(i).id(), i);
        }
        List<List<Long>> bilateral = new ArrayList<>();
        List<List<Long>> missions = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            bilateral.add(new ArrayList<>());
            missions.add(new ArrayList<>());
        }
        for (Post post : posts) {
            if (!post.active()) {
                continue;
            }
            for (long country : post.covers()) {
                Integer at = index.get(country);
                if (at != null) {
                    ("MISSION".equals(post.type()) ? missions : bilateral)
                            .get(at)
                            .add(post.id());
                }
            }
        }
        List<Long> embassies = posts.stream()
                .filter(p -> p.active() && "EMBASSY".equals(p.type()))
                .map(Post::id)
                .toList();
        bilateralPosts = new long[eligible.size()][];
        missionPosts = new long[eligible.size()][];
        for (int i = 0; i < eligible.size(); i++) {
            List<Long> own = bilateral.get(i);
            if (own.isEmpty()) {
                // Not covered by any embassy or consulate: a neighbouring embassy reports it.
                own = missions.get(i).isEmpty() ? List.of(embassies.get(i % embassies.size())) : missions.get(i);
            }
            bilateralPosts[i] = own.stream().mapToLong(Long::longValue).toArray();
            missionPosts[i] =
                    missions.get(i).stream().mapToLong(Long::longValue).toArray();
        }
    }

    private double[] countryWeights() {
        double[] weights = new double[eligible.size()];
        for (int i = 0; i < weights.length; i++) {
            // Log-normal, capped: busy partners see up to six times the typical country's meetings.
            weights[i] = Math.min(6.0, Math.exp(0.8 * random.nextGaussian()));
        }
        return weights;
    }

    // ---------------------------------------------------------------- accounts

    private void writeUsers(double[] countryWeights) throws SQLException {
        int total = parameters.users();
        List<List<Integer>> officers = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            officers.add(new ArrayList<>());
        }
        if (total > 0) {
            String hash =
                    PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(BenchDataGenerator.PASSWORD);
            long id = single("select coalesce(max(id), 0) from app_user") + 1;
            double[] cumulative = cumulative(countryWeights);
            List<Integer> officerIndexes = new ArrayList<>();
            try (RowSink user = dialect.sink(
                            db,
                            "app_user",
                            "id",
                            "username",
                            "display_name",
                            "password_hash",
                            "enabled",
                            "locked",
                            "password_change_required",
                            "demo_account",
                            "version",
                            "created_at",
                            "created_by",
                            "updated_at",
                            "updated_by");
                    RowSink role = dialect.sink(db, "app_user_role", "user_id", "role");
                    RowSink desk = dialect.sink(db, "app_user_desk", "user_id", "country_id")) {
                int officerNumber = 0;
                int managerNumber = 0;
                int adminNumber = 0;
                List<int[]> desks = new ArrayList<>();
                for (int i = 0; i < total; i++, id++) {
                    int roll = random.nextInt(100);
                    boolean manager = i == 0 || i > 1 && roll < 6;
                    boolean admin = i == 1 || i > 1 && roll == 6;
                    boolean officer = !manager && !admin || manager && i > 1 && random.nextInt(100) < 5;
                    boolean enabled = i < 2 || random.nextInt(100) >= 2;
                    String username = i == 0
                            ? "bench-manager"
                            : i == 1
                                    ? "bench-admin"
                                    : officer && !manager
                                            ? String.format("bench-officer-%05d", ++officerNumber)
                                            : manager
                                                    ? String.format("bench-manager-%04d", ++managerNumber)
                                                    : String.format("bench-admin-%03d", ++adminNumber);
                    user.row(
                            id,
                            username,
                            BenchTexts.name(random) + " (bench)",
                            hash,
                            enabled,
                            false,
                            false,
                            false,
                            0,
                            now,
                            AUTHOR,
                            now,
                            AUTHOR);
                    usernames.add(username);
                    userIds.add(id);
                    if (manager) {
                        addRole(role, id, "MANAGER");
                        if (enabled) {
                            managers.add(i);
                        }
                    }
                    if (admin) {
                        addRole(role, id, "ADMIN");
                    }
                    if (officer) {
                        addRole(role, id, "DESK_OFFICER");
                    }
                    if (officer && enabled) {
                        int size = 1 + Math.min(7, geometric(0.4));
                        int[] countriesOfDesk = new int[size];
                        for (int k = 0; k < size; k++) {
                            countriesOfDesk[k] = sample(cumulative);
                        }
                        desks.add(countriesOfDesk);
                        officerIndexes.add(i);
                    }
                }
                user.flush();
                role.flush();
                // Every country has at least one officer on its desk.
                for (int c = 0; c < eligible.size() && !desks.isEmpty(); c++) {
                    int c0 = c;
                    boolean covered =
                            desks.stream().anyMatch(d -> Arrays.stream(d).anyMatch(x -> x == c0));
                    if (!covered) {
                        int which = random.nextInt(desks.size());
                        int[] grown = Arrays.copyOf(desks.get(which), desks.get(which).length + 1);
                        grown[grown.length - 1] = c;
                        desks.set(which, grown);
                    }
                }
                for (int k = 0; k < desks.size(); k++) {
                    int userIndex = officerIndexes.get(k);
                    for (int c : Arrays.stream(desks.get(k)).distinct().toArray()) {
                        desk.row(userIds.get(userIndex), eligible.get(c).id());
                        officers.get(c).add(userIndex);
                    }
                }
                desk.flush();
            }
            db.commit();
        }
        officersByCountry = officers.stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    private static void addRole(RowSink role, long userId, String name) throws SQLException {
        role.row(userId, name);
    }

    // ---------------------------------------------------------------- campaigns and points

    private void writeCampaigns(double[] countryWeights) throws SQLException {
        int total = parameters.campaigns();
        if (total == 0) {
            return;
        }
        int drafts = total >= 10 ? 1 : 0;
        int active = Math.max(1, (int) Math.round(total / 12.0));
        active = Math.min(active, total - drafts);
        int closed = total - drafts - active;
        LocalDate historyStart = today.minusYears(15);
        LocalDate historyEnd = today.minusDays(400);
        long span = historyEnd.toEpochDay() - historyStart.toEpochDay();
        for (int i = 0; i < total; i++) {
            var campaign = new Campaign();
            double position = (double) i / total;
            if (i < closed) {
                campaign.issued = historyStart.plusDays((long) (span * (i + random.nextDouble()) / closed));
                campaign.deadline = campaign.issued.plusDays(90 + random.nextInt(276));
                campaign.status = "CLOSED";
                campaign.weight = Math.exp(0.6 * random.nextGaussian()) * (0.6 + 0.8 * position);
            } else if (i < closed + active) {
                campaign.issued = today.minusDays(30 + random.nextInt(330));
                campaign.deadline = today.plusDays(30 + random.nextInt(150));
                campaign.status = "ACTIVE";
                double elapsed = (double) (today.toEpochDay() - campaign.issued.toEpochDay())
                        / (campaign.deadline.toEpochDay() - campaign.issued.toEpochDay());
                campaign.weight = Math.exp(0.6 * random.nextGaussian()) * 1.4 * elapsed;
            } else {
                campaign.issued = today.plusDays(14);
                campaign.deadline = today.plusDays(180);
                campaign.status = "DRAFT";
                campaign.weight = 0;
            }
            campaign.topic = BenchTexts.TOPICS.get(i % BenchTexts.TOPICS.size());
            campaign.title = campaign.topic + " (" + campaign.issued.getYear() + ")";
            campaign.allCountries = random.nextInt(100) < 25;
            if (campaign.allCountries) {
                campaign.targets =
                        java.util.stream.IntStream.range(0, eligible.size()).toArray();
            } else {
                campaign.targets = weightedSample(countryWeights, 25 + random.nextInt(136));
                int opportunities = 1 + random.nextInt(3);
                campaign.opportunities = java.util.stream.IntStream.generate(() -> random.nextInt(eligible.size()))
                        .limit(opportunities)
                        .filter(c -> Arrays.stream(campaign.targets).noneMatch(t -> t == c))
                        .toArray();
            }
            double share = "CLOSED".equals(campaign.status)
                    ? 0.80 + 0.18 * random.nextDouble()
                    : 0.45 + 0.40 * random.nextDouble();
            double[] targetWeights = Arrays.stream(campaign.targets)
                    .mapToDouble(t -> countryWeights[t])
                    .toArray();
            int[] picked =
                    weightedSample(targetWeights, Math.max(1, (int) Math.round(campaign.targets.length * share)));
            campaign.reached =
                    Arrays.stream(picked).map(k -> campaign.targets[k]).toArray();
            campaign.reachedCumulative = cumulative(Arrays.stream(campaign.reached)
                    .mapToDouble(c -> countryWeights[c])
                    .toArray());
            campaigns.add(campaign);
        }
        distributeMeetings();
        long campaignId = single("select coalesce(max(id), 0) from campaign") + 1;
        long pointId = single("select coalesce(max(id), 0) from talking_point") + 1;
        try (RowSink insert = dialect.sink(
                        db,
                        "campaign",
                        "id",
                        "title",
                        "cable_reference",
                        "objective",
                        "issue_date",
                        "deadline",
                        "status",
                        "all_countries",
                        "version",
                        "created_at",
                        "created_by",
                        "updated_at",
                        "updated_by");
                RowSink target = dialect.sink(db, "campaign_country", "campaign_id", "country_id");
                RowSink point = dialect.sink(
                        db,
                        "talking_point",
                        "id",
                        "campaign_id",
                        "position",
                        "label",
                        "text",
                        "version",
                        "created_at",
                        "created_by",
                        "updated_at",
                        "updated_by")) {
            for (Campaign campaign : campaigns) {
                campaign.id = campaignId++;
                OffsetDateTime created = campaign.issued.atTime(9, 0).atOffset(ZoneOffset.UTC);
                created = created.isAfter(now) ? now : created;
                insert.row(
                        campaign.id,
                        campaign.title,
                        String.format(
                                "BENCH %02d STATE %06d", campaign.issued.getYear() % 100, random.nextInt(1_000_000)),
                        "Raise our position on " + campaign.topic.toLowerCase()
                                + " with host governments and report their reactions.",
                        campaign.issued,
                        campaign.deadline,
                        campaign.status,
                        campaign.allCountries,
                        0,
                        created,
                        "bench-manager",
                        created,
                        "bench-manager");
                if (!campaign.allCountries) {
                    for (int t : campaign.targets) {
                        target.row(campaign.id, eligible.get(t).id());
                    }
                }
                int points = 3 + random.nextInt(4);
                int firstLabel = random.nextInt(BenchTexts.POINT_LABELS.size());
                campaign.pointIds = new long[points];
                campaign.pointLabels = new String[points];
                campaign.pointTexts = new String[points];
                for (int k = 0; k < points; k++) {
                    campaign.pointIds[k] = pointId++;
                    campaign.pointLabels[k] =
                            BenchTexts.POINT_LABELS.get((firstLabel + k) % BenchTexts.POINT_LABELS.size());
                    campaign.pointTexts[k] = BenchTexts.pointText(random);
                    point.row(
                            campaign.pointIds[k],
                            campaign.id,
                            k + 1,
                            campaign.pointLabels[k],
                            campaign.pointTexts[k],
                            0,
                            created,
                            "bench-manager",
                            created,
                            "bench-manager");
                }
            }
            insert.flush();
            target.flush();
            point.flush();
        }
        db.commit();
    }

    /** Meetings per campaign in proportion to the campaigns' weights (largest remainder). */
    private void distributeMeetings() {
        double sum = campaigns.stream().mapToDouble(c -> c.weight).sum();
        int assigned = 0;
        double[] remainders = new double[campaigns.size()];
        for (int i = 0; i < campaigns.size(); i++) {
            double exact = parameters.meetings() * campaigns.get(i).weight / sum;
            campaigns.get(i).meetings = (int) Math.floor(exact);
            remainders[i] = exact - campaigns.get(i).meetings;
            assigned += campaigns.get(i).meetings;
        }
        while (assigned < parameters.meetings()) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            campaigns.get(best).meetings++;
            remainders[best] = -1;
            assigned++;
        }
    }

    // ---------------------------------------------------------------- counterparts

    private void writeCounterparts(double[] countryWeights) throws SQLException {
        int total = parameters.meetings() == 0 ? 0 : Math.max(eligible.size() * 5, parameters.meetings() / 25);
        double weightSum = Arrays.stream(countryWeights).sum();
        long id = single("select coalesce(max(id), 0) from counterpart") + 1;
        counterpartsByCountry = new long[eligible.size()][];
        try (RowSink insert = dialect.sink(
                db,
                "counterpart",
                "id",
                "name",
                "title",
                "organization",
                "country_id",
                "level",
                "deleted_at",
                "deleted_by",
                "version",
                "created_at",
                "created_by",
                "updated_at",
                "updated_by",
                "sort_name",
                "match_key")) {
            int pending = 0;
            for (int c = 0; c < eligible.size(); c++) {
                int howMany = total == 0 ? 0 : Math.max(3, (int) Math.round(total * countryWeights[c] / weightSum));
                List<Long> live = new ArrayList<>();
                for (int k = 0; k < howMany; k++, id++) {
                    var position = BenchTexts.pick(BenchTexts.POSITIONS, random);
                    boolean deleted = random.nextInt(200) == 0;
                    OffsetDateTime created = now.minusDays(random.nextInt(15 * 365));
                    String name = BenchTexts.name(random);
                    insert.row(
                            id,
                            name,
                            position.title(),
                            position.organization(),
                            eligible.get(c).id(),
                            position.level(),
                            deleted ? now.minusDays(random.nextInt(300)) : null,
                            deleted ? "bench-manager" : null,
                            0,
                            created,
                            AUTHOR,
                            created,
                            AUTHOR,
                            org.outreachtracker.base.Names.sortKey(name),
                            NameMatch.key(name));
                    if (++pending == BATCH) {
                        insert.flush();
                        pending = 0;
                    }
                    if (!deleted) {
                        live.add(id);
                    }
                }
                counterpartsByCountry[c] =
                        live.stream().mapToLong(Long::longValue).toArray();
            }
            insert.flush();
        }
        db.commit();
    }

    // ---------------------------------------------------------------- meetings

    private void writeMeetings(double[] countryWeights) throws SQLException {
        int total = parameters.meetings();
        if (total == 0) {
            return;
        }
        // Plan every meeting (campaign, country, date), then write them in date order, as they were logged.
        int[] campaignOf = new int[total];
        int[] countryOf = new int[total];
        long[] order = new long[total];
        int n = 0;
        for (int c = 0; c < campaigns.size(); c++) {
            Campaign campaign = campaigns.get(c);
            long first = campaign.issued.toEpochDay();
            long days = campaign.lastMeetingDay(today).toEpochDay() - first + 1;
            for (int k = 0; k < campaign.meetings; k++, n++) {
                campaignOf[n] = c;
                countryOf[n] = campaign.opportunities.length > 0 && random.nextInt(100) == 0
                        ? campaign.opportunities[random.nextInt(campaign.opportunities.length)]
                        : campaign.reached[sample(campaign.reachedCumulative)];
                long day = first + random.nextLong(days);
                order[n] = day << PLAN_BITS | n;
            }
        }
        Arrays.sort(order);
        long meetingId = single("select coalesce(max(id), 0) from meeting") + 1;
        long followUpId = single("select coalesce(max(id), 0) from follow_up") + 1;
        long started = System.nanoTime();
        try (RowSink meeting = dialect.sink(
                        db,
                        "meeting",
                        "id",
                        "campaign_id",
                        "country_id",
                        "post_id",
                        "meeting_date",
                        "meeting_format",
                        "delivered_by",
                        "overall_response",
                        "summary",
                        "response_quote",
                        "handling_marking",
                        "reported_by_id",
                        "deleted_at",
                        "deleted_by",
                        "version",
                        "created_at",
                        "created_by",
                        "updated_at",
                        "updated_by");
                RowSink met = dialect.sink(db, "meeting_counterpart", "meeting_id", "counterpart_id");
                RowSink point = dialect.sink(
                        db,
                        "meeting_point",
                        "meeting_id",
                        "talking_point_id",
                        "position",
                        "delivered_label",
                        "delivered_text",
                        "reaction");
                RowSink followUp = dialect.sink(
                        db,
                        "follow_up",
                        "id",
                        "campaign_id",
                        "country_id",
                        "meeting_id",
                        "description",
                        "owner_id",
                        "due_date",
                        "priority",
                        "status",
                        "completion_note",
                        "completed_at",
                        "version",
                        "created_at",
                        "created_by",
                        "updated_at",
                        "updated_by")) {
            for (int k = 0; k < total; k++, meetingId++) {
                int plan = (int) (order[k] & ((1L << PLAN_BITS) - 1));
                LocalDate date = LocalDate.ofEpochDay(order[k] >>> PLAN_BITS);
                var r = new SplittableRandom(parameters.seed() * 0x9E3779B97F4A7C15L + plan);
                Campaign campaign = campaigns.get(campaignOf[plan]);
                int country = countryOf[plan];
                followUpId = meeting(meeting, met, point, followUp, meetingId, followUpId, campaign, country, date, r);
                if ((k + 1) % BATCH == 0 || k == total - 1) {
                    meeting.flush();
                    met.flush();
                    point.flush();
                    followUp.flush();
                    if ((k + 1) % (20 * BATCH) == 0) {
                        db.commit();
                    }
                }
                if ((k + 1) % 100_000 == 0) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    log.printf("bench-data: %,d meetings (%.0f per second)%n", k + 1, (k + 1) / seconds);
                }
            }
        }
        db.commit();
    }

    private long meeting(
            RowSink meeting,
            RowSink met,
            RowSink point,
            RowSink followUp,
            long meetingId,
            long followUpId,
            Campaign campaign,
            int country,
            LocalDate date,
            SplittableRandom r)
            throws SQLException {
        boolean closed = "CLOSED".equals(campaign.status);
        String format = format(r);
        long[] missions = missionPosts[country];
        long postId = "MULTILATERAL_MARGINS".equals(format) && missions.length > 0
                ? missions[r.nextInt(missions.length)]
                : bilateralPosts[country][r.nextInt(bilateralPosts[country].length)];
        int[] officers = officersByCountry[country];
        int reporter = officers[r.nextInt(officers.length)];
        int response = response(r, closed);
        String deliverer = BenchTexts.pick(BenchTexts.DELIVERERS, r);
        long[] people = counterpartsByCountry[country];
        int howMany = Math.min(people.length, r.nextInt(100) < 70 ? 1 : r.nextInt(100) < 83 ? 2 : 3);
        long[] chosen = r.ints(0, people.length)
                .distinct()
                .limit(howMany)
                .mapToLong(i -> people[i])
                .toArray();
        OffsetDateTime created = date.atTime(8, 0).atOffset(ZoneOffset.UTC).plusMinutes(r.nextInt(3 * 24 * 60));
        created = created.isAfter(now) ? now : created;
        boolean deleted = r.nextInt(1000) < 3;
        String reporterName = usernames.get(reporter);

        // Drawn in this order (the same rows on every database and in every version of the writer).
        String summary = BenchTexts.summary(
                deliverer,
                format,
                "the "
                        + BenchTexts.POSITIONS
                                .get(r.nextInt(BenchTexts.POSITIONS.size()))
                                .title(),
                eligible.get(country).name(),
                campaign.topic,
                response < 0 ? 5 : response,
                r);
        String quote = r.nextInt(100) < 40 ? "\"" + BenchTexts.pick(BenchTexts.POINT_SENTENCES, r) + "\"" : null;
        String marking = r.nextInt(100) < 85 ? "UNCLASSIFIED" : "SENSITIVE BUT UNCLASSIFIED";
        OffsetDateTime deletedAt = created.plusDays(1 + r.nextInt(30));
        meeting.row(
                meetingId,
                campaign.id,
                eligible.get(country).id(),
                postId,
                date,
                format,
                deliverer,
                response < 0 ? null : RESPONSES[response],
                summary,
                quote,
                marking,
                userIds.get(reporter),
                deleted ? (deletedAt.isAfter(now) ? now : deletedAt) : null,
                deleted ? reporterName : null,
                0,
                created,
                reporterName,
                created,
                reporterName);

        for (long counterpart : chosen) {
            met.row(meetingId, counterpart);
        }
        for (int p = 0; p < campaign.pointIds.length; p++) {
            if (r.nextInt(100) < POINT_CHANCE[Math.min(p, POINT_CHANCE.length - 1)]) {
                point.row(
                        meetingId,
                        campaign.pointIds[p],
                        p + 1,
                        campaign.pointLabels[p],
                        campaign.pointTexts[p],
                        reaction(response, r));
            }
        }
        if (!deleted) {
            int actions = r.nextInt(100) < 35 ? (r.nextInt(100) < 20 ? 2 : 1) : 0;
            for (int a = 0; a < actions; a++, followUpId++) {
                followUp(followUp, followUpId, meetingId, campaign, country, date, reporter, closed, created, r);
            }
        }
        return followUpId;
    }

    private void followUp(
            RowSink followUp,
            long id,
            long meetingId,
            Campaign campaign,
            int country,
            LocalDate date,
            int reporter,
            boolean closed,
            OffsetDateTime created,
            SplittableRandom r)
            throws SQLException {
        LocalDate due = date.plusDays(14 + r.nextInt(32));
        int owner = r.nextInt(100) < 80 || managers.isEmpty()
                ? reporter
                : r.nextBoolean()
                        ? officersByCountry[country][r.nextInt(officersByCountry[country].length)]
                        : managers.get(r.nextInt(managers.size()));
        int roll = r.nextInt(100);
        String status;
        if (closed) {
            status = roll < 85 ? "DONE" : roll < 95 ? "CANCELLED" : "OPEN";
        } else if (due.isBefore(today)) {
            status = roll < 45 ? "DONE" : roll < 55 ? "CANCELLED" : roll < 75 ? "IN_PROGRESS" : "OPEN";
        } else {
            status = roll < 30 ? "IN_PROGRESS" : "OPEN";
        }
        boolean finished = "DONE".equals(status) || "CANCELLED".equals(status);
        OffsetDateTime completed = due.atTime(12, 0).atOffset(ZoneOffset.UTC).minusDays(r.nextInt(10));
        completed = completed.isAfter(now) ? now : completed.isBefore(created) ? created : completed;
        followUp.row(
                id,
                campaign.id,
                eligible.get(country).id(),
                meetingId,
                BenchTexts.pick(BenchTexts.FOLLOW_UPS, r),
                userIds.get(owner),
                due,
                PRIORITIES[r.nextInt(3)],
                status,
                "DONE".equals(status)
                        ? "Done as agreed; see the reporting cable."
                        : "CANCELLED".equals(status) ? "No longer needed after the counterpart's reply." : null,
                finished ? completed : null,
                0,
                created,
                usernames.get(reporter),
                finished ? completed : created,
                usernames.get(owner));
    }

    private static final String[] RESPONSES = {"SUPPORTIVE", "RECEPTIVE", "NONCOMMITTAL", "SKEPTICAL", "REJECTED"};
    private static final String[] PRIORITIES = {"HIGH", "MEDIUM", "LOW"};
    private static final String[][] LIKELY_REACTIONS = {
        {"AGREED", "AGREED", "RECEPTIVE"},
        {"RECEPTIVE", "AGREED", "ASKED_FOR_MORE"},
        {"NOTED", "NOTED", "ASKED_FOR_MORE"},
        {"ASKED_FOR_MORE", "PUSHED_BACK", "NOTED"},
        {"PUSHED_BACK", "PUSHED_BACK", "NOTED"}
    };

    private static String format(SplittableRandom r) {
        int roll = r.nextInt(100);
        return roll < 70
                ? "IN_PERSON"
                : roll < 80 ? "CALL" : roll < 88 ? "VIDEO" : roll < 95 ? "DIPLOMATIC_NOTE" : "MULTILATERAL_MARGINS";
    }

    /** An index into {@link #RESPONSES}, or -1 for a response still pending (rarer in closed campaigns). */
    private static int response(SplittableRandom r, boolean closed) {
        int roll = r.nextInt(100);
        if (roll >= (closed ? 96 : 87)) {
            return -1;
        }
        return roll < 20 ? 0 : roll < 50 ? 1 : roll < 70 ? 2 : roll < 82 ? 3 : 4;
    }

    private static String reaction(int response, SplittableRandom r) {
        String[] likely = LIKELY_REACTIONS[response < 0 ? 2 : response];
        return likely[r.nextInt(likely.length)];
    }

    // ---------------------------------------------------------------- helpers

    /** Drops the indexes of these tables that no constraint owns; returns the statements that recreate them. */
    private List<String> dropIndexes(List<String> tables) throws SQLException {
        Map<String, String> indexes = dialect.plainIndexes(db, tables);
        try (Statement statement = db.createStatement()) {
            for (String index : indexes.keySet()) {
                statement.execute("drop index " + index);
            }
        }
        db.commit();
        return List.copyOf(indexes.values());
    }

    private void restartIdentities() throws SQLException {
        try (Statement statement = db.createStatement()) {
            for (String table :
                    List.of("post", "app_user", "campaign", "talking_point", "counterpart", "meeting", "follow_up")) {
                long next = single("select coalesce(max(id), 0) + 1 from " + table);
                statement.execute("alter table " + table + " alter column id restart with " + next);
            }
        }
        db.commit();
    }

    private long single(String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private int geometric(double p) {
        int k = 0;
        while (random.nextDouble() > p && k < 100) {
            k++;
        }
        return k;
    }

    private static double[] cumulative(double[] weights) {
        double[] result = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            result[i] = sum;
        }
        return result;
    }

    private int sample(double[] cumulative) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int at = Arrays.binarySearch(cumulative, x);
        return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
    }

    /** {@code k} distinct indexes drawn with probability in proportion to their weights (Efraimidis–Spirakis). */
    private int[] weightedSample(double[] weights, int k) {
        int n = weights.length;
        Integer[] indexes = new Integer[n];
        double[] keys = new double[n];
        for (int i = 0; i < n; i++) {
            indexes[i] = i;
            keys[i] = Math.log(random.nextDouble()) / weights[i];
        }
        Arrays.sort(indexes, (a, b) -> Double.compare(keys[b], keys[a]));
        return Arrays.stream(indexes)
                .limit(Math.min(k, n))
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
