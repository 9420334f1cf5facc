package scot.sds.portal.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.sds.portal.support.People.signIn;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.sds.portal.access.NotPermittedException;
import scot.sds.portal.access.RelationshipService;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;
import scot.sds.portal.account.Role;
import scot.sds.portal.support.People;
import scot.sds.portal.support.PortalTest;

/**
 * A report of wrong information reaches staff only when it says what is wrong, in words for "something else"
 * and within the limit; only someone signed in can send one, and only staff can read and clear them.
 */
@PortalTest
class ProblemReportServiceTest {

    @Autowired
    ProblemReportService reports;

    @Autowired
    SampleDirectory sample;

    @Autowired
    SupportServiceRepository services;

    @Autowired
    AccountService accounts;

    @Autowired
    RelationshipService relationships;

    private AccountSummary person;
    private AccountSummary staff;
    private long serviceId;

    @BeforeEach
    void aPersonStaffAndAService() {
        sample.loadIfEmpty();
        People people = new People(accounts, relationships);
        person = people.account("Rhona", Role.PERSON);
        staff = people.account("Sam", Role.STAFF);
        serviceId = services.findAll().get(3).id();
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void a_report_that_says_nothing_or_too_much_is_not_sent() {
        String marker = UUID.randomUUID().toString();
        signIn(person);
        assertThat(reports.report(serviceId, null, marker)).containsExactly(ReportProblem.WHAT_MISSING);
        assertThat(reports.report(serviceId, WhatIsWrong.OTHER, "   ")).containsExactly(ReportProblem.DETAILS_MISSING);
        assertThat(reports.report(serviceId, WhatIsWrong.PLACE, marker + "x".repeat(
                ProblemReportService.MOST_CHARACTERS))).containsExactly(ReportProblem.TOO_LONG);
        assertThat(reports.report(serviceId, null, "x".repeat(ProblemReportService.MOST_CHARACTERS + 1)))
                .containsExactly(ReportProblem.WHAT_MISSING, ReportProblem.TOO_LONG);

        signIn(staff);
        assertThat(reports.waiting()).noneMatch(waiting -> marker.equals(waiting.details()));
    }

    @Test
    void staff_see_each_report_with_its_service_until_they_deal_with_it() {
        String marker = "  The phone number is 0141 496 " + UUID.randomUUID().toString().substring(0, 4) + "  ";
        signIn(person);
        assertThat(reports.report(serviceId, WhatIsWrong.CONTACT_DETAILS, marker)).isEmpty();
        assertThat(reports.report(serviceId, WhatIsWrong.CLOSED, " ")).isEmpty();

        signIn(staff);
        List<ReportedProblem> mine = reports.waiting().stream()
                .filter(waiting -> marker.strip().equals(waiting.details())).toList();
        assertThat(mine).singleElement().satisfies(report -> {
            assertThat(report.what()).isEqualTo(WhatIsWrong.CONTACT_DETAILS);
            assertThat(report.service().id()).isEqualTo(serviceId);
            assertThat(report.service().record().name()).isEqualTo(services.findById(serviceId).orElseThrow()
                    .record().name());
        });
        assertThat(reports.waiting()).anyMatch(waiting -> waiting.service().id() == serviceId
                && waiting.what() == WhatIsWrong.CLOSED && waiting.details() == null);

        long id = mine.getFirst().id();
        reports.markDealtWith(id);
        reports.markDealtWith(id);
        assertThat(reports.waiting()).extracting(ReportedProblem::id).doesNotContain(id);
    }

    @Test
    void only_someone_signed_in_reports_and_only_staff_read_or_clear() {
        assertThatThrownBy(() -> reports.report(serviceId, WhatIsWrong.CLOSED, null))
                .isInstanceOf(NotPermittedException.class);

        signIn(person);
        assertThatThrownBy(() -> reports.report(-1, WhatIsWrong.CLOSED, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(reports.report(serviceId, WhatIsWrong.PAYMENT, null)).isEmpty();
        assertThatThrownBy(reports::waiting).isInstanceOf(NotPermittedException.class);

        signIn(staff);
        long id = reports.waiting().stream().filter(waiting -> waiting.what() == WhatIsWrong.PAYMENT)
                .reduce((first, second) -> second).orElseThrow().id();

        signIn(person);
        assertThatThrownBy(() -> reports.markDealtWith(id)).isInstanceOf(NotPermittedException.class);

        signIn(staff);
        assertThat(reports.waiting()).extracting(ReportedProblem::id).contains(id);
    }
}
