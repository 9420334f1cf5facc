package scot.sds.portal.assessment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.support.Accessibility;
import scot.sds.portal.support.BrowserTest;
import scot.sds.portal.support.Keyboard;
import scot.sds.portal.support.Vaadin;

/**
 * The pre-assessment from start to "check your answers" and on to an outcome: a person leaves midway and comes
 * back to the same question on another device; a carer completes it for someone, adds an outcome of their own,
 * and the check page shows who said what; and the whole questionnaire is completed by keyboard alone, in easy
 * read and in Arabic, with axe on every page.
 */
class AssessmentJourneyTest extends BrowserTest {

    private static final String PASSWORD = "river lamp cup tea";

    @Test
    void a_person_answers_leaves_midway_and_resumes_at_the_same_question_on_another_device() {
        String email = "ann-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        createAccount(page, "Ann Smith", email, PASSWORD, 0);
        page.locator("main a.start-link").click();
        page.waitForURL("**/" + Paths.ASSESSMENT);
        assertThat(page.locator("main .task-progress")).hasText("You have completed 0 of 6 sections.");
        Accessibility.assertNoViolations(page);

        page.locator("main a.start-link").click();
        assertThat(page.locator("main h1")).hasText("What would you like us to call you?");
        page.locator("#continue").click();
        assertThat(page.locator(".error-summary")).containsText("Type your answer");
        assertThat(page).hasTitle(Pattern.compile("^Error: "));
        Accessibility.assertNoViolations(page);
        page.locator("#answer textarea").fill("Annie");
        continueTo(page, "What is your date of birth?");

        page.locator("#answer-day input").fill("31");
        page.locator("#answer-month input").fill("2");
        page.locator("#answer-year input").fill("1950");
        page.locator("#continue").click();
        assertThat(page.locator(".error-summary")).containsText("Type a real date");
        assertThat(page.locator("#answer-day input")).hasValue("31");
        page.locator("#answer-day input").fill("28");
        continueTo(page, "Who do you live with?");

        page.locator("#answer vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("I live alone"))
                .click();
        continueTo(page, "Is there someone nearby you can call on if you need help?");
        Accessibility.assertNoViolations(page);
        page.locator("main vaadin-button").filter(new Locator.FilterOptions().setHasText("I don’t know")).click();
        assertThat(page.locator("main h1")).hasText("How do you like people to communicate with you?");

        // Another device, days later: sign in again and carry on from the same question.
        context.close();
        context = browserWithoutCookies();
        page = context.newPage();
        signIn(page, email, PASSWORD);
        open(Paths.ASSESSMENT);
        assertThat(page.locator("main .task-status").first()).hasText("In progress");
        page.locator("main a.start-link").filter(new Locator.FilterOptions()
                .setHasText("Continue where you left off")).click();
        assertThat(page.locator("main h1")).hasText("How do you like people to communicate with you?");

        page.locator("#answer vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("Large print"))
                .click();
        page.locator("#answer vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("Talking to me"))
                .click();
        continueTo(page, "Is there anything about your culture, faith or beliefs that your support should respect?");
        completeEverything(page, false, false);

        open(Paths.CHECK_ANSWERS);
        Accessibility.assertNoViolations(page);
        Locator communication = row(page, "How do you like people to communicate with you?");
        assertThat(communication).containsText("Talking to me; Large print");
        assertThat(communication).containsText("Ann Smith, in their own words");
        assertThat(row(page, "Is there someone nearby you can call on if you need help?")).containsText("I don’t know");
        assertThat(row(page, "What is your date of birth?")).containsText("28 February 1950");

        row(page, "What would you like us to call you?").locator("a").click();
        assertThat(page.locator("main h1")).hasText("What would you like us to call you?");
        assertThat(page.locator("#answer textarea")).hasValue("Annie");
        page.locator("#answer textarea").fill("Nan");
        page.locator("#continue").click();
        page.waitForURL("**/" + Paths.CHECK_ANSWERS);
        assertThat(row(page, "What would you like us to call you?")).containsText("Nan");

        open(Paths.ASSESSMENT);
        page.locator("main a[href$='/" + Paths.OUTCOMES + "']").click();
        page.locator("main a.start-link").click();
        page.locator("main a[href$='talking-point=feeling-safe']").click();
        page.locator("#outcome-priority vaadin-radio-button").first().click();
        page.locator("#save-outcome").click();
        page.waitForURL("**/" + Paths.OUTCOMES);
        assertThat(page.locator("main .outcome")).containsText("Feeling safe");
        assertThat(page.locator("main .outcome")).containsText("Ann Smith, in their own words");
    }

    @Test
    void a_carer_gives_their_own_view_and_the_check_page_shows_who_said_what() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String personName = "Ann " + suffix;
        String carerName = "Colin " + suffix;
        createAccount(page, personName, "ann-" + suffix + "@example.org", PASSWORD, 0);
        open(Paths.INVITE_HELPER);
        page.locator("#invite-role vaadin-radio-button").first().click();
        page.locator("#invite-basis vaadin-radio-button").first().click();
        page.locator("#invite-scopes vaadin-checkbox").first().click();
        page.locator("main vaadin-button[theme~='primary']").click();
        String code = page.locator(".invitation-code").textContent();

        BrowserContext carerDevice = browserWithoutCookies();
        Page carer = carerDevice.newPage();
        createAccount(carer, carerName, "colin-" + suffix + "@example.org", PASSWORD, 1);
        open(carer, Paths.ACCEPT_INVITATION);
        carer.locator("#invitation-code input").fill(code);
        carer.locator("main vaadin-button[theme~='primary']").click();
        carer.locator("#invitation-outcome a").click();
        carer.locator("main vaadin-button.act-for").filter(new Locator.FilterOptions().setHasText(personName))
                .click();
        carer.waitForURL("**/" + Paths.YOUR_ACCOUNT);

        open(carer, Paths.ASSESSMENT);
        assertThat(carer).hasURL(Pattern.compile("/" + Paths.WHOSE_WORDS));
        Accessibility.assertNoViolations(carer);
        carer.locator("main vaadin-button[theme~='primary']").click();
        assertThat(carer.locator(".error-summary")).containsText("Select whose words you are writing down");
        carer.locator("#voice vaadin-radio-button").nth(1).click();
        carer.locator("main vaadin-button[theme~='primary']").click();
        carer.waitForURL("**/" + Paths.ASSESSMENT);
        assertThat(carer.locator("main .whose-words")).containsText("You are giving your own view, as "
                + personName + "’s helper (Carer).");
        carer.locator("main a.start-link").click();
        carer.locator("#answer textarea").fill("Annie");
        continueTo(carer, "What is your date of birth?");

        // Now writing down the person's own words, with her beside him.
        carer.locator("main .whose-words a").click();
        carer.locator("#voice vaadin-radio-button").first().click();
        carer.locator("main vaadin-button[theme~='primary']").click();
        assertThat(carer.locator("main h1")).hasText("What is your date of birth?");
        assertThat(carer.locator("main .whose-words")).containsText("You are writing down " + personName
                + "’s own words.");
        carer.locator("#answer-day input").fill("3");
        carer.locator("#answer-month input").fill("4");
        carer.locator("#answer-year input").fill("1948");
        continueTo(carer, "Who do you live with?");
        completeEverything(carer, false, false);
        assertThat(carer.locator("main .task-status-completed")).hasCount(7);

        // The carer's own outcomes are offered to a carer.
        open(carer, Paths.CHOOSE_OUTCOME);
        carer.locator("main a[href$='talking-point=life-of-my-own']").click();
        carer.locator("#outcome-own-words textarea").fill("An evening a week at the choir");
        carer.locator("#outcome-priority vaadin-radio-button").first().click();
        carer.locator("#save-outcome").click();
        carer.waitForURL("**/" + Paths.OUTCOMES);
        assertThat(carer.locator("main .outcome")).containsText("A life of my own");
        assertThat(carer.locator("main .outcome")).containsText(carerName + " (Carer)");
        carerDevice.close();

        open(Paths.ASSESSMENT_QUESTION + "/preferred-name");
        assertThat(page.locator("main .other-voice")).containsText(carerName + "’s view (Carer)");
        assertThat(page.locator("main .other-voice")).containsText("Annie");
        Accessibility.assertNoViolations(page);
        page.locator("#answer textarea").fill("Ann");
        continueTo(page, "What is your date of birth?");

        open(Paths.CHECK_ANSWERS);
        Locator name = row(page, "What would you like us to call you?");
        assertThat(name).containsText(personName + ", in their own words");
        assertThat(name).containsText(carerName + "’s view (Carer)");
        assertThat(name.locator(".views-differ")).hasText(
                "Different views: both are kept, and the council will see both.");
        assertThat(row(page, "What is your date of birth?")).containsText(personName
                + "’s own words, written down by " + carerName + " (Carer)");
        Accessibility.assertNoViolations(page);
    }

    @ParameterizedTest(name = "{0}, easy read {1}")
    @CsvSource({"ar, false", "en, true"})
    void the_whole_questionnaire_by_keyboard_alone_in_arabic_and_in_easy_read(String language, boolean easyRead) {
        String email = "kb-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        open(Paths.START + "?lang=" + language);
        if (easyRead) {
            page.locator(".easy-read-switch").click();
            // The choice is a round trip to the server: wait for it before moving on.
            assertThat(page.locator(".easy-read-switch")).hasAttribute("aria-pressed", "true");
        }
        createAccount(page, "Rashid Ali", email, PASSWORD, 0);
        open(Paths.ASSESSMENT);
        assertThat(page.locator("html")).hasAttribute("dir", language.equals("ar") ? "rtl" : "ltr");
        Accessibility.assertNoViolations(page);
        Keyboard.tabTo(page, page.locator("main a.start-link"));
        page.keyboard().press("Enter");
        page.waitForURL("**/" + Paths.ASSESSMENT_QUESTION + "/**");
        Vaadin.waitUntilIdle(page);
        if (easyRead) {
            assertThat(page.locator("main img.question-picture")).isVisible();
        }
        completeEverything(page, true, true);

        assertThat(page.locator("main .task-status-completed")).hasCount(7);
        assertThat(page.locator("main .task-status-not-started")).hasCount(0);
        Keyboard.tabTo(page, page.locator("main a[href$='" + Paths.CHECK_ANSWERS + "']"));
        page.keyboard().press("Enter");
        page.waitForURL("**/" + Paths.CHECK_ANSWERS);
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator("main .summary-list-row")).not().hasCount(0);
        Accessibility.assertNoViolations(page);
    }

    /**
     * Answers every question still unanswered, section by section: the first choice, or a few words, a number or
     * a date. By keyboard alone, and with each page checked by axe, if asked.
     */
    private static void completeEverything(Page page, boolean byKeyboard, boolean checkEveryPage) {
        for (int pages = 0; pages < 100; pages++) {
            Vaadin.waitUntilIdle(page);
            if (page.url().endsWith("/" + Paths.ASSESSMENT)) {
                if (page.locator("main a.start-link").count() == 0) {
                    return;
                }
                follow(page, page.locator("main a.start-link"), byKeyboard);
                continue;
            }
            if (checkEveryPage) {
                Accessibility.assertNoViolations(page);
            }
            String question = page.locator("main h1").textContent();
            answer(page, byKeyboard);
            if (byKeyboard) {
                Keyboard.tabTo(page, page.locator("#continue"));
                page.keyboard().press("Enter");
            } else {
                page.locator("#continue").click();
            }
            page.waitForFunction("heading => document.querySelector('main h1')?.textContent !== heading"
                    + " || document.querySelector('.error-summary:not([hidden])') !== null", question);
            assertThat(page.locator(".error-summary")).isHidden();
        }
        throw new AssertionError("The questionnaire did not end within 100 pages");
    }

    private static void follow(Page page, Locator link, boolean byKeyboard) {
        String from = page.url();
        Keyboard.activate(page, link, byKeyboard);
        page.waitForURL(url -> !url.equals(from));
    }

    private static void answer(Page page, boolean byKeyboard) {
        Locator field = page.locator("#answer");
        String tag = (String) field.evaluate("element => element.localName");
        switch (tag) {
            case "vaadin-radio-group", "vaadin-checkbox-group" -> {
                if (byKeyboard) {
                    Keyboard.tabTo(page, field);
                    page.keyboard().press("Space");
                } else {
                    field.locator("vaadin-radio-button, vaadin-checkbox").first().click();
                }
            }
            case "vaadin-text-area" -> Keyboard.type(page, field.locator("textarea"), "In my own words", byKeyboard);
            case "vaadin-text-field" -> Keyboard.type(page, field.locator("input"), "10", byKeyboard);
            default -> {
                Keyboard.type(page, page.locator("#answer-day input"), "9", byKeyboard);
                Keyboard.type(page, page.locator("#answer-month input"), "7", byKeyboard);
                Keyboard.type(page, page.locator("#answer-year input"), "1961", byKeyboard);
            }
        }
        assertThat(tag).isIn("vaadin-radio-group", "vaadin-checkbox-group", "vaadin-text-area", "vaadin-text-field",
                "vaadin-custom-field");
    }

    private static void continueTo(Page page, String nextQuestion) {
        page.locator("#continue").click();
        assertThat(page.locator("main h1")).hasText(nextQuestion);
        Vaadin.waitUntilIdle(page);
    }

    private static Locator row(Page page, String question) {
        return page.locator("main .summary-list-row").filter(new Locator.FilterOptions().setHas(
                page.locator("dt", new Page.LocatorOptions().setHasText(question))));
    }
}
