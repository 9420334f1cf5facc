package scot.sds.portal.budget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.support.Accessibility;
import scot.sds.portal.support.BrowserTest;
import scot.sds.portal.support.Vaadin;

/**
 * A person answers two questions that feed the budget and sees the range for each option, plainly not a
 * decision, with the answers behind it, then the four options compared with equal weight; in English and in
 * Arabic easy read, with axe on each page.
 */
class BudgetJourneyTest extends BrowserTest {

    @ParameterizedTest(name = "{0}, easy read {1}")
    @CsvSource({"en, false", "ar, true"})
    void the_range_for_each_option_and_why_this_amount(String language, boolean easyRead) {
        open(Paths.START + "?lang=" + language);
        if (easyRead) {
            page.locator(".easy-read-switch").click();
            // The choice is a round trip to the server: wait for it before moving on.
            assertThat(page.locator(".easy-read-switch")).hasAttribute("aria-pressed", "true");
        }
        createAccount(page, "Eilidh Ross", "eilidh-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org", "river lamp cup tea", 0);
        open(Paths.BUDGET);
        assertThat(page.locator("main a.start-link")).isVisible();
        Accessibility.assertNoViolations(page);

        answer(Paths.ASSESSMENT_QUESTION + "/personal-care", 3);
        answer(Paths.ASSESSMENT_QUESTION + "/nights", 0);
        open(Paths.BUDGET);
        assertThat(page.locator("main .budget-range")).hasCount(3);
        assertThat(page.locator("main .budget-range").first()).containsText("£");
        assertThat(page.locator("main .audit-table tbody tr")).hasCount(2);
        if (language.equals("en") && !easyRead) {
            assertThat(page.locator("main .budget-range").nth(0)).hasText("£7,360 to £9,960 a year");
            assertThat(page.locator("main .budget-range").nth(2)).hasText("£7,010 to £9,490 a year");
            assertThat(page.locator("main .inset").first()).containsText("not a decision");
            assertThat(page.locator("main")).containsText("Your answers gave 33 points.");
        } else {
            assertThat(page.locator("html")).hasAttribute("dir", "rtl");
            assertThat(page.locator("main .easy-read-point img").first()).isVisible();
        }
        Accessibility.assertNoViolations(page);

        // The four options side by side: the same aspects for each, and this person's budget for options 1 to 3.
        page.locator("main a[href$='/" + Paths.COMPARE_OPTIONS + "']").click();
        page.waitForURL("**/" + Paths.COMPARE_OPTIONS);
        Locator cards = page.locator("main .option-card");
        assertThat(cards).hasCount(4);
        for (int i = 0; i < 3; i++) {
            assertThat(cards.nth(i).locator("dt")).hasCount(7);
            assertThat(cards.nth(i).locator("dd").last()).containsText("£");
        }
        assertThat(cards.nth(3).locator("dt")).hasCount(6);
        if (language.equals("en") && !easyRead) {
            assertThat(cards.nth(0).locator("dd").last()).hasText("£7,360 to £9,960 a year");
        }
        Accessibility.assertNoViolations(page);

        // No option is chosen beforehand; "decide later" is a choice like any other.
        page.locator("main a.start-link[href$='/" + Paths.CHOOSE_OPTION + "']").click();
        page.waitForURL("**/" + Paths.CHOOSE_OPTION);
        assertThat(page.locator("#option-preference vaadin-radio-button[checked]")).hasCount(0);
        page.locator("#save-preference").click();
        assertThat(page.locator(".error-summary")).isVisible();
        Accessibility.assertNoViolations(page);
        page.locator("#option-preference vaadin-radio-button").nth(4).click();
        page.locator("#option-reasons textarea").fill("I want to talk it over first");
        page.locator("#save-preference").click();
        page.waitForURL("**/" + Paths.COMPARE_OPTIONS);
        assertThat(page.locator("main .option-choice")).isVisible();
        if (language.equals("en") && !easyRead) {
            assertThat(page.locator("main .option-choice"))
                    .hasText("Your preference for now: I will decide later, or at my review");
        }
    }

    private void answer(String question, int choice) {
        open(question);
        page.locator("#answer vaadin-radio-button").nth(choice).click();
        String before = page.url();
        page.locator("#continue").click();
        page.waitForURL(url -> !url.equals(before));
        Vaadin.waitUntilIdle(page);
        assertThat(page).not().hasURL(Pattern.compile(Pattern.quote(question) + "$"));
    }
}
