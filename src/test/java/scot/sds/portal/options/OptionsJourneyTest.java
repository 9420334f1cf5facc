package scot.sds.portal.options;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.support.Accessibility;
import scot.sds.portal.support.BrowserTest;
import scot.sds.portal.support.Keyboard;
import scot.sds.portal.support.Vaadin;

/**
 * A person answers a few questions, sees their indicative budget for each option with the answers behind it and
 * the costs of being an employer, reads what a budget can pay for, compares the four options (with the safeguards
 * for carers, as a carer helps them), asks the guide which might suit, builds a mix for option 4 that must add up
 * to the range, then decides to decide later, and finds each choice on "Check your answers". In English with the
 * mouse, and in Arabic easy read by keyboard alone; axe on every page and state.
 */
class OptionsJourneyTest extends BrowserTest {

    private boolean byKeyboard;

    @ParameterizedTest(name = "{0}, easy read and keyboard {1}")
    @CsvSource({"en, false", "ar, true"})
    void from_the_budget_to_a_preference_seen_on_check_your_answers(String language, boolean easyReadByKeyboard) {
        byKeyboard = easyReadByKeyboard;
        boolean english = language.equals("en");
        open(Paths.START + "?lang=" + language);
        if (easyReadByKeyboard) {
            page.locator(".easy-read-switch").click();
            // The choice is a round trip to the server: wait for it before moving on.
            assertThat(page.locator(".easy-read-switch")).hasAttribute("aria-pressed", "true");
        }
        createAccount(page, "Eilidh Ross", "eilidh-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org", "river lamp cup tea", 0);
        open(Paths.BUDGET);
        assertThat(page.locator("main a.start-link")).isVisible();
        Accessibility.assertNoViolations(page);

        // A short assessment: help with personal care every day, help at night, and a carer who helps.
        answer("personal-care", 3);
        answer("nights", 0);
        answer("unpaid-carer", 0);

        open(Paths.BUDGET);
        assertThat(page.locator("main .budget-range")).hasCount(4);
        assertThat(page.locator("main .budget-range").first()).containsText("£");
        Locator tables = page.locator("main .audit-table");
        assertThat(tables.nth(0).locator("tbody tr")).hasCount(2);
        assertThat(tables.nth(1).locator("tbody tr")).hasCount(4);
        if (english) {
            // 33 points at £250 make £8,250: a direct payment at 105%, the others at 100%, all -15% to +15%.
            assertThat(page.locator("main .budget-range").nth(0)).hasText("£7,360 to £9,960 a year");
            assertThat(page.locator("main .budget-range").nth(2)).hasText("£7,010 to £9,490 a year");
            assertThat(page.locator("main .budget-range").nth(3)).hasText("£7,010 to £9,490 a year");
            assertThat(page.locator("main .inset").first()).containsText("not a decision");
            assertThat(page.locator("main")).containsText("Your answers gave 33 points.");
            assertThat(tables.nth(1).locator("tbody tr").first()).containsText("£100 to £300 a year");
        } else {
            assertThat(page.locator("html")).hasAttribute("dir", "rtl");
            assertThat(page.locator("main .easy-read-point img").first()).isVisible();
        }
        Accessibility.assertNoViolations(page);

        // What a budget can pay for, each idea marked with the council's rule in words.
        follow(page.locator("main a[href$='/" + Paths.SPENDING + "']"));
        assertThat(page.locator("main .spending-rule")).hasCount(22);
        assertThat(page.locator("main .spending-rule--not-allowed")).hasCount(3);
        if (english) {
            assertThat(page.locator("main")).containsText("only in exceptional circumstances");
            assertThat(page.locator("main .spending-rule--ask-first").first()).hasText("Ask first");
        }
        Accessibility.assertNoViolations(page);

        // The four options side by side, each with the same aspects and this person's budget.
        follow(page.locator("main a[href$='/" + Paths.COMPARE_OPTIONS + "']"));
        Locator cards = page.locator("main .option-card");
        assertThat(cards).hasCount(4);
        for (int i = 0; i < 4; i++) {
            assertThat(cards.nth(i).locator("dt")).hasCount(7);
            assertThat(cards.nth(i).locator("dd").last()).containsText("£");
        }
        assertThat(page.locator("main .carer-safeguards li")).hasCount(3);
        Accessibility.assertNoViolations(page);

        // The guide highlights the options that fit; it chooses none.
        follow(page.locator("main a[href$='/" + Paths.OPTIONS_GUIDE + "']"));
        press(page.locator("#show-fits"));
        assertThat(page.locator(".error-summary")).isVisible();
        Accessibility.assertNoViolations(page);
        Keyboard.choose(page, page.locator("#guide-control"), 2, byKeyboard);
        press(page.locator("#show-fits"));
        assertThat(page.locator(".error-summary")).isHidden();
        assertThat(page.locator("main .option-fit")).hasCount(4);
        assertThat(page.locator("main .option-fit--fits")).hasCount(1);
        if (english) {
            assertThat(page.locator("main .option-fit--fits h3")).hasText("Option 3: the council chooses and arranges");
            assertThat(page.locator("main .option-fit").first())
                    .containsText("May not fit what you said about control over your support");
        }
        Accessibility.assertNoViolations(page);

        // Option 4: the parts must be amounts, in two options at least, adding up to the range.
        follow(page.locator("main a[href$='/" + Paths.COMPARE_OPTIONS + "']"));
        follow(page.locator("main a[href$='/" + Paths.MIX_OPTIONS + "']"));
        Accessibility.assertNoViolations(page);
        Locator directPayment = page.locator("#mix-direct-payment input");
        Locator councilArranged = page.locator("#mix-council-arranged input");
        type(directPayment, "lots");
        press(page.locator("#check-mix"));
        assertThat(page.locator(".error-summary")).isVisible();
        assertThat(page.locator("#mix-direct-payment")).hasAttribute("invalid", "");
        assertThat(directPayment).hasValue("lots");
        if (english) {
            assertThat(page.locator(".error-summary li"))
                    .hasText("Enter an amount in whole pounds, like £2,500, or leave it empty");
        }
        Accessibility.assertNoViolations(page);
        type(directPayment, "1000");
        type(councilArranged, "1000");
        press(page.locator("#check-mix"));
        assertThat(page.locator(".error-summary li")).hasCount(1);
        if (english) {
            assertThat(page.locator(".error-summary li"))
                    .hasText("Your parts add up to £2,000. They need to add up to at least £7,010.");
        }
        assertThat(page.locator("#mix-result")).hasCount(0);
        Accessibility.assertNoViolations(page);
        type(directPayment, "£6,000");
        type(councilArranged, "2 000");
        press(page.locator("#check-mix"));
        assertThat(page.locator(".error-summary")).isHidden();
        assertThat(page.locator("#mix-result")).isVisible();
        assertThat(page.locator("main .mix-part")).hasCount(2);
        if (english) {
            assertThat(page.locator("main .mix-part").first()).containsText("£6,000 a year, 75% of your mix");
            assertThat(page.locator("main")).containsText("Your mix adds up to £8,000 a year.");
        }
        Accessibility.assertNoViolations(page);
        press(page.locator("#save-mix"));
        page.waitForURL("**/" + Paths.COMPARE_OPTIONS);
        if (english) {
            assertThat(page.locator("main .option-choice"))
                    .hasText("Your preference for now: Option 4: a mix of options 1, 2 and 3");
        }

        // The mix, as the council will receive it, on "Check your answers".
        open(Paths.CHECK_ANSWERS);
        Locator preference = page.locator("main .option-preference-summary");
        assertThat(preference.locator(".summary-list-row")).hasCount(3);
        if (english) {
            assertThat(preference).containsText("Option 1: a direct payment: £6,000 a year");
            assertThat(preference).containsText(
                    "Option 3: the council chooses and arranges your support: £2,000 a year");
        }
        Accessibility.assertNoViolations(page);

        // Deciding later is a choice like any other, and it replaces the mix.
        follow(preference.locator("a[href$='/" + Paths.CHOOSE_OPTION + "']"));
        Keyboard.choose(page, page.locator("#option-preference"), 4, byKeyboard);
        type(page.locator("#option-reasons textarea"), "I want to talk it over first");
        press(page.locator("#save-preference"));
        page.waitForURL("**/" + Paths.COMPARE_OPTIONS);
        open(Paths.CHECK_ANSWERS);
        preference = page.locator("main .option-preference-summary");
        assertThat(preference.locator(".summary-list-row").nth(2).locator("dd p")).hasCount(4);
        assertThat(preference).containsText("I want to talk it over first");
        if (english) {
            assertThat(preference).containsText("I will decide later, or at my review");
            assertThat(preference).containsText("Option 4: a mix of options 1, 2 and 3: £7,010 to £9,490 a year");
        }
        Accessibility.assertNoViolations(page);
    }

    private void answer(String question, int choice) {
        String path = Paths.ASSESSMENT_QUESTION + "/" + question;
        open(path);
        page.locator("#answer vaadin-radio-button").nth(choice).click();
        String before = page.url();
        page.locator("#continue").click();
        page.waitForURL(url -> !url.equals(before));
        Vaadin.waitUntilIdle(page);
        assertThat(page).not().hasURL(Pattern.compile(Pattern.quote(path) + "$"));
    }

    private void follow(Locator link) {
        String from = page.url();
        Keyboard.activate(page, link, byKeyboard);
        page.waitForURL(url -> !url.equals(from));
        Vaadin.waitUntilIdle(page);
    }

    private void press(Locator button) {
        Keyboard.activate(page, button, byKeyboard);
        Vaadin.waitUntilIdle(page);
    }

    private void type(Locator input, String text) {
        Keyboard.type(page, input, text, byKeyboard);
    }
}
