package org.outreachtracker.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.security.TestSignIn;
import org.outreachtracker.tasking.TaskingRef;
import org.outreachtracker.tasking.TaskingService;
import org.outreachtracker.tasking.TaskingState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** My desk lists the taskings of the officer's desk countries, with the next step one click away. */
@IntegrationTest
class MyTaskingsTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    TaskingService taskings;

    @Autowired
    ApplicationContext context;

    TestOutreach outreach;
    CampaignDetails campaign;

    @BeforeEach
    void setUp() {
        outreach = new TestOutreach(context);
        campaign = outreach.activeCampaign(15, outreach.countryIds("JP", "BR"));
        TestSignIn.as(users, "officer");
    }

    @AfterEach
    void close() {
        TestSignIn.anonymous();
        outreach.closeCampaigns();
    }

    @Test
    void theOfficerSeesTheirDeskCountriesTaskingsAndRequestsAnAppointmentInOneClick() {
        UI.getCurrent().navigate("my-desk");
        @SuppressWarnings("unchecked")
        Grid<TaskingRef> grid = $(Grid.class).withClassName("my-taskings").single();
        GridTester<Grid<TaskingRef>, TaskingRef> tester = test(grid);
        List<TaskingRef> mine =
                IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
        long japan = outreach.countryId("JP");
        assertThat(mine)
                .filteredOn(t -> t.campaignId() == campaign.id())
                .extracting(TaskingRef::countryId)
                .containsExactly(japan);
        int row = IntStream.range(0, tester.size())
                .filter(i -> tester.getRow(i).campaignId() == campaign.id())
                .findFirst()
                .orElseThrow();

        test($(Button.class)
                        .from(tester.getCellComponent(row, "next"))
                        .withText("Request appointment")
                        .single())
                .click();

        assertThat(taskings.taskingOf(campaign.id(), japan).orElseThrow().state())
                .isEqualTo(TaskingState.APPOINTMENT_REQUESTED);
    }
}
