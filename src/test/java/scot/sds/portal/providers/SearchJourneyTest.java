package scot.sds.portal.providers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.support.Accessibility;
import scot.sds.portal.support.BrowserTest;
import scot.sds.portal.support.Keyboard;
import scot.sds.portal.support.Vaadin;

/**
 * A person searches the sample directory with filters, by keyboard, in English and in easy read: the results are
 * a list with each service's grades, when its information was updated and its inspection reports; the next page
 * of results follows; two services go on the shortlist, are compared side by side (after an error for choosing one)
 * and are found on "Check your answers"; a problem with a service's information is reported to staff; a word
 * misspelt is still found; axe on each page and state.
 */
class SearchJourneyTest extends BrowserTest {

    @Autowired
    SupportServiceRepository services;

    @Autowired
    SampleDirectory sample;

    @Autowired
    DirectorySearch search;

    @Autowired
    ProblemReportRepository problemReports;

    @BeforeEach
    void theSampleDirectory() {
        services.deleteAll();
        sample.loadIfEmpty();
    }

    @ParameterizedTest(name = "easy read {0}")
    @ValueSource(booleans = {false, true})
    void search_shortlist_compare_and_find_them_on_check_your_answers(boolean easyRead) {
        open(Paths.START + "?lang=en");
        if (easyRead) {
            page.locator(".easy-read-switch").click();
            assertThat(page.locator(".easy-read-switch")).hasAttribute("aria-pressed", "true");
        }
        createAccount(page, "Fiona Gray", "fiona-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
                "heather loch cup tea", 0);
        open(Paths.FIND_SUPPORT);
        assertThat(page.locator("main .search-result").first()).isVisible();
        Accessibility.assertNoViolations(page);

        // Care at home in Renfrewshire for people with a learning disability, good or better.
        Keyboard.tabTo(page, page.locator("#search-area"));
        page.locator("#search-area").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(
                "Renfrewshire")).click();
        check("#search-kinds", 0);
        check("#search-groups", 1);
        Keyboard.activate(page, page.locator("#search-button"), true);
        page.waitForURL("**/" + Paths.FIND_SUPPORT + "?**");
        Vaadin.waitUntilIdle(page);
        ServiceQuery asked = new ServiceQuery("Renfrewshire", null, Set.of(ServiceKind.CARE_AT_HOME),
                Set.of(ClientGroup.LEARNING_DISABILITY), ServiceQuery.GOOD, false, false, null, false, false, null,
                0);
        int expected = search.search(asked).total();
        assertThat(expected).isBetween(1, ServiceQuery.PAGE_SIZE);
        Locator results = page.locator("main .search-result");
        assertThat(results).hasCount(expected);
        for (int index = 0; index < expected; index++) {
            assertThat(results.nth(index)).containsText("Renfrewshire");
        }
        assertThat(results.first().locator("a[target=_blank]")).hasAttribute("href",
                Pattern.compile("careinspectorate\\.com.*CS9"));
        if (!easyRead) {
            assertThat(page.locator("main .results-count")).hasText(expected == 1 ? "1 service found"
                    : expected + " services found");
            assertThat(results.first()).containsText("Care at home");
            assertThat(results.first()).containsText("(good)");
            assertThat(page.locator("main")).containsText("information from the Care Inspectorate, last updated");
        }
        Accessibility.assertNoViolations(page);

        // The next page of a wider search carries the same search.
        open(Paths.FIND_SUPPORT + "?area=Renfrewshire&kind=care-home");
        int wider = search.search(new ServiceQuery("Renfrewshire", null, Set.of(ServiceKind.CARE_HOME), Set.of(),
                ServiceQuery.GOOD, false, false, null, false, false, null, 0)).total();
        assertThat(wider).isGreaterThan(ServiceQuery.PAGE_SIZE);
        assertThat(results).hasCount(ServiceQuery.PAGE_SIZE);
        Keyboard.activate(page, page.locator("#page-next"), true);
        page.waitForURL("**page=2**");
        Vaadin.waitUntilIdle(page);
        assertThat(results).hasCount(Math.min(ServiceQuery.PAGE_SIZE, wider - ServiceQuery.PAGE_SIZE));
        assertThat(page.locator("#search-area")).containsText("Renfrewshire");
        assertThat(page.locator("main ol.search-results")).hasAttribute("start", "21");
        assertThat(page.locator("#page-previous")).isVisible();
        Accessibility.assertNoViolations(page);

        // Two services on the shortlist, compared side by side, and seen on "Check your answers".
        open(Paths.FIND_SUPPORT + "?area=Renfrewshire&kind=care-home");
        String first = results.nth(0).locator("h3").textContent();
        String second = results.nth(1).locator("h3").textContent();
        Locator firstButton = page.locator("#" + results.nth(0).locator("vaadin-button").getAttribute("id"));
        Locator secondButton = page.locator("#" + results.nth(1).locator("vaadin-button").getAttribute("id"));
        String add = firstButton.textContent();
        Keyboard.activate(page, firstButton, true);
        // The button names its service for screen readers, and now takes it off again.
        assertThat(firstButton).not().hasText(add);
        assertThat(firstButton).hasAttribute("aria-label",
                Pattern.compile(".+: " + first.replaceAll("[()]", "\\\\$0") + "$"));
        Vaadin.waitUntilIdle(page);
        Keyboard.activate(page, secondButton, true);
        assertThat(secondButton).not().hasText(add);
        assertThat(page.locator("#your-shortlist")).containsText("2");
        Keyboard.activate(page, page.locator("#your-shortlist"), true);
        page.waitForURL("**/" + Paths.SHORTLIST);
        Vaadin.waitUntilIdle(page);
        assertThat(results).hasCount(2);
        Accessibility.assertNoViolations(page);
        Locator choice = page.locator("#compare-choice vaadin-checkbox");
        Keyboard.tabTo(page, choice.nth(0));
        page.keyboard().press("Space");
        Keyboard.activate(page, page.locator("#compare-button"), true);
        assertThat(page.locator(".error-summary")).isVisible();
        Accessibility.assertNoViolations(page);
        Keyboard.tabTo(page, choice.nth(1));
        page.keyboard().press("Space");
        Keyboard.activate(page, page.locator("#compare-button"), true);
        assertThat(page.locator(".error-summary")).isHidden();
        Locator table = page.locator("main table.comparison-table");
        assertThat(table.locator("thead th")).hasCount(3);
        assertThat(table.locator("thead")).containsText(first);
        assertThat(table.locator("thead")).containsText(second);
        assertThat(table.locator("tbody th[scope=row]")).hasCount(10);
        Accessibility.assertNoViolations(page);
        open(Paths.CHECK_ANSWERS);
        Locator shortlisted = page.locator("main .shortlist-summary .summary-list-row");
        assertThat(shortlisted).hasCount(2);
        assertThat(shortlisted.nth(0)).containsText(first);
        assertThat(shortlisted.nth(1)).containsText(second);
        Accessibility.assertNoViolations(page);

        // What is wrong with a service's information goes to council staff, after an error for saying nothing.
        open(Paths.FIND_SUPPORT + "?area=Renfrewshire&kind=care-home");
        String reported = results.nth(2).locator("h3").textContent();
        Keyboard.activate(page, results.nth(2).locator("a.report-problem"), true);
        page.waitForURL("**/" + Paths.REPORT_PROBLEM + "/**");
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator("main .summary-list")).containsText(reported);
        Accessibility.assertNoViolations(page);
        Keyboard.activate(page, page.locator("#report-send"), true);
        assertThat(page.locator(".error-summary")).isVisible();
        assertThat(page.locator("#report-what")).hasAttribute("invalid", "");
        Accessibility.assertNoViolations(page);
        Keyboard.choose(page, page.locator("#report-what"), 1, true);
        String words = "The phone number has changed " + UUID.randomUUID().toString().substring(0, 8);
        Keyboard.type(page, page.locator("#report-details textarea"), words, true);
        Keyboard.activate(page, page.locator("#report-send"), true);
        assertThat(page.locator("#report-sent")).isFocused();
        Accessibility.assertNoViolations(page);
        assertThat(problemReports.findAll().stream().filter(report -> words.equals(report.details()))).singleElement()
                .satisfies(report -> {
                    assertThat(report.what()).isEqualTo(WhatIsWrong.CONTACT_DETAILS);
                    assertThat(services.findById(report.serviceId()).orElseThrow().record().name())
                            .isEqualTo(reported);
                });

        // A word misspelt is still found: "Rievrside" for "Riverside".
        open(Paths.FIND_SUPPORT + "?q=rievrside&grade=any");
        assertThat(results.first()).containsText("Riverside");
        assertThat(page.locator("main .results-count")).not().hasText(Pattern.compile("^(0|No)"));
        Accessibility.assertNoViolations(page);
    }

    private void check(String group, int index) {
        Locator box = page.locator(group + " vaadin-checkbox").nth(index);
        Keyboard.tabTo(page, box);
        page.keyboard().press("Space");
        assertThat(box).hasAttribute("checked", "");
    }
}
