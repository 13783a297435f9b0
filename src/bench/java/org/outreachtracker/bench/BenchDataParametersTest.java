package org.outreachtracker.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench data generator and the harness refuse nonsense parameters with a message that says
 * what is accepted, and read sensible ones as meant.
 */
class BenchDataParametersTest {

    static final Path HERE = Path.of("/work/project");

    @Test
    void defaultsMakeAMillionMeetingsUnderTargetBenchData() {
        BenchDataParameters parameters = BenchDataParameters.parse(List.of(), HERE);

        assertThat(parameters.meetings()).isEqualTo(1_000_000);
        assertThat(parameters.campaigns()).isEqualTo(40);
        assertThat(parameters.users()).isEqualTo(3_000);
        assertThat(parameters.posts()).isEqualTo(300);
        assertThat(parameters.directory()).isEqualTo(HERE.resolve("target/bench-data/m1000000-c40-u3000-p300-s2026"));
        assertThat(parameters.jdbcUrl())
                .startsWith("jdbc:h2:file:" + parameters.directory().resolve("outreach"))
                .contains("MODE=PostgreSQL");
    }

    @Test
    void numbersMayBeWrittenInENotationOrWithUnderscores() {
        assertThat(BenchDataParameters.parse(List.of("--meetings=1e5"), HERE).meetings())
                .isEqualTo(100_000);
        assertThat(BenchDataParameters.parse(List.of("--meetings=2.5e5"), HERE).meetings())
                .isEqualTo(250_000);
        assertThat(BenchDataParameters.parse(List.of("--meetings=1_000"), HERE).meetings())
                .isEqualTo(1_000);
        assertThat(BenchDataParameters.parse(List.of("--meetings=0", "--campaigns=0", "--users=0"), HERE)
                        .meetings())
                .isZero();
    }

    @Test
    void tenMillionMeetingsAreAcceptedAndFitTheGeneratorsSortKey() {
        assertThat(BenchDataParameters.parse(List.of("--meetings=1e7"), HERE).meetings())
                .isEqualTo(10_000_000);
        // The generator sorts its planned meetings by day with the meeting's number in the low bits.
        assertThat(BenchDataParameters.MAX_MEETINGS).isLessThanOrEqualTo(1 << BenchDataWriter.PLAN_BITS);
    }

    @Test
    void nonsenseIsRefusedWithWhatIsAccepted() {
        assertRefused(List.of("--meetings=-5"), "--meetings=-5 is out of range (accepted: 0 to 10000000)");
        assertRefused(List.of("--meetings=lots"), "--meetings=lots is not a whole number");
        assertRefused(List.of("--meetings=1.5"), "is not a whole number");
        assertRefused(List.of("--meetings=1.1e7"), "out of range");
        assertRefused(List.of("--meetings=99999999999999999999"), "out of range");
        assertRefused(List.of("--meetings="), "--meetings needs a value");
        assertRefused(List.of("--users=5"), "--users=5 is too few to report 1000000 meetings");
        assertRefused(List.of("--campaigns=0"), "--campaigns=0 cannot hold 1000000 meetings");
        assertRefused(List.of("--posts=10"), "--posts=10 is out of range (accepted: 188 to 2000)");
        assertRefused(List.of("--seed=x"), "--seed=x is not a whole number");
        assertRefused(List.of("--colour=blue"), "Unknown option --colour");
        assertRefused(List.of("meetings"), "'meetings' is not an option; write --name=value");
        assertRefused(List.of("--meetings=5", "--meetings=6"), "--meetings is given twice");
    }

    @Test
    void theApplicationsOwnDataFolderIsRefused() {
        assertRefused(List.of("--db=data"), "is inside the application's own data folder");
        assertRefused(List.of("--db=./data/bench"), "is inside the application's own data folder");
        assertThat(BenchDataParameters.parse(List.of("--db=target/my-data"), HERE)
                        .directory())
                .isEqualTo(HERE.resolve("target/my-data"));
    }

    @Test
    void harnessOptionsAreReadAndNonsenseRefused() {
        BenchOptions options = BenchOptions.parse(
                List.of(
                        "--scenarios=a,c",
                        "--runs=12",
                        "--levels=10,20",
                        "--think=2.5",
                        "--heap=1536m",
                        "--generate-only",
                        "--meetings=1e5"),
                HERE);

        assertThat(options.scenarios()).containsExactly('a', 'c');
        assertThat(options.runs()).isEqualTo(12);
        assertThat(options.baselineRuns()).as("as many as --runs unless given").isEqualTo(12);
        assertThat(BenchOptions.parse(List.of("--scenarios=h", "--runs=12", "--baseline-runs=3"), HERE)
                        .baselineRuns())
                .isEqualTo(3);
        assertThat(options.levels()).containsExactly(10, 20);
        assertThat(options.thinkSeconds()).isEqualTo(2.5);
        assertThat(options.heap()).isEqualTo("1536m");
        assertThat(options.generateOnly()).isTrue();
        assertThat(options.probes()).isFalse();
        assertThat(options.dataArguments()).containsExactly("--meetings=1e5");
        assertThat(BenchOptions.parse(List.of("--scenarios=b", "--probes"), HERE)
                        .probes())
                .isTrue();

        assertHarnessRefused(List.of("--scenarios=abx"), "'x' is not a scenario; use letters from abcdefghn");
        assertHarnessRefused(List.of("--scenarios="), "--scenarios needs at least one letter");
        assertHarnessRefused(List.of("--scenarios=a", "--runs=3"), "--runs=3 is out of range (accepted: 10 to 10000)");
        assertHarnessRefused(
                List.of("--scenarios=h", "--baseline-runs=2"),
                "--baseline-runs=2 is out of range (accepted: 3 to 10000)");
        assertHarnessRefused(List.of("--scenarios=e", "--levels=200,100", "--jar=pom.xml"), "must be ascending");
        assertHarnessRefused(List.of("--scenarios=a", "--think=0"), "--think=0 is out of range");
        assertHarnessRefused(List.of("--scenarios=a", "--heap=lots"), "--heap=lots is not a heap size");
        assertHarnessRefused(List.of("--scenarios=d"), "Scenarios d, e, f and n need the production jar");
        assertHarnessRefused(List.of("--scenarios=f", "--jar=missing.jar"), "missing.jar does not exist");
        assertHarnessRefused(List.of("--scenarios=b", "--probes=yes"), "--probes takes no value");
    }

    @Test
    void postgresDataSetsLiveInASchemaNamedFromTheirParameters() {
        BenchDataParameters parameters =
                BenchDataParameters.parse(List.of("--database=postgres", "--meetings=1e5"), HERE);

        assertThat(parameters.postgres()).isTrue();
        assertThat(parameters.schema()).isEqualTo("bench_m100000_c40_u3000_p300_s2026");
        assertThat(parameters.directory()).isEqualTo(HERE.resolve("target/bench-data/pg-m100000-c40-u3000-p300-s2026"));
        assertThat(parameters.describe()).containsEntry("database", "postgres");
        assertThat(BenchDataParameters.parse(List.of("--database=postgres", "--seed=-7"), HERE)
                        .schema())
                .isEqualTo("bench_m1000000_c40_u3000_p300_sn7");

        BenchDataParameters h2 = BenchDataParameters.parse(List.of("--database=H2"), HERE);
        assertThat(h2.postgres()).isFalse();
        // Descriptions of H2 data sets written before the choice existed still match.
        assertThat(h2.describe()).doesNotContainKey("database");

        assertRefused(
                List.of("--database=mysql"),
                "--database=mysql is not a database the bench knows" + " (accepted: h2, postgres)");
        assertRefused(
                List.of("--database=postgres", "--db=target/x"),
                "--db names the folder of an H2 database;"
                        + " with --database=postgres the data set is the schema bench_m1000000_c40_u3000_p300_s2026");
    }

    @Test
    void everyScenarioRunsOnPostgresAndTheNodesScenarioOnlyThere(@TempDir Path folder) throws Exception {
        String jar = "--jar=" + Files.createFile(folder.resolve("app.jar"));
        BenchDataParameters postgres = BenchDataParameters.parse(List.of("--database=postgres"), HERE);
        BenchDataParameters h2 = BenchDataParameters.parse(List.of(), HERE);
        BenchOptions all = BenchOptions.parse(List.of("--scenarios=abcdefghn", "--database=postgres", jar), HERE);
        assertThat(all.dataArguments()).containsExactly("--database=postgres");
        all.requireSupportedOn(postgres);

        assertThatThrownBy(() ->
                        BenchOptions.parse(List.of("--scenarios=en", jar), HERE).requireSupportedOn(h2))
                .hasMessageContaining("Scenario n runs two nodes on one PostgreSQL database; give --database=postgres");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--scenarios=g", "--probes"), HERE)
                        .requireSupportedOn(postgres))
                .hasMessageContaining("it runs on H2 only");
        // Generating only runs no scenario; on H2 every other scenario runs.
        BenchOptions.parse(List.of("--generate-only", "--scenarios=n"), HERE).requireSupportedOn(h2);
        BenchOptions.parse(List.of("--scenarios=d", "--probes", jar), HERE).requireSupportedOn(h2);
    }

    @Test
    void theDatabaseArgumentsLeaveTheDataFolderOut() {
        BenchDataParameters h2 = BenchDataParameters.parse(List.of(), HERE);
        assertThat(h2.applicationArguments()).singleElement().asString().startsWith("--outreach.data-dir=");
        assertThat(h2.databaseArguments()).isEmpty();
    }

    private static void assertRefused(List<String> args, String message) {
        assertThatThrownBy(() -> BenchDataParameters.parse(args, HERE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    private static void assertHarnessRefused(List<String> args, String message) {
        assertThatThrownBy(() -> BenchOptions.parse(args, HERE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
