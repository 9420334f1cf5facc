package scot.sds.portal.capacity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.Registration;
import scot.sds.portal.account.Role;
import scot.sds.portal.support.VaadinTab;

/**
 * People with accounts of their own, each signed in through the sign-in page in a tab of their own and looking
 * at the first question of "Tell us about your life", as a person who has just started would be.
 */
final class PeopleOnAQuestion {

    static final String FIRST_QUESTION = "tell-us-about-your-life/question/preferred-name";
    static final String NEXT_QUESTION = "tell-us-about-your-life/question/date-of-birth";
    private static final String PASSWORD = "a benchmark password";
    // Signing in checks a password hash, which takes the processors' time: a few at once keep them busy.
    private static final int AT_ONCE = 4;

    private PeopleOnAQuestion() {}

    /** Creates the accounts, signs each person in, and leaves each on the first question. */
    static List<VaadinTab> open(AccountService accounts, int port, int people) {
        Semaphore turns = new Semaphore(AT_ONCE);
        List<Future<VaadinTab>> opening = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int person = 0; person < people; person++) {
                opening.add(executor.submit(() -> {
                    turns.acquire();
                    try {
                        return signedInOnFirstQuestion(accounts, port);
                    } finally {
                        turns.release();
                    }
                }));
            }
        }
        List<VaadinTab> tabs = new ArrayList<>();
        for (Future<VaadinTab> tab : opening) {
            try {
                tabs.add(tab.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("A person could not reach the first question", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return Collections.unmodifiableList(tabs);
    }

    private static VaadinTab signedInOnFirstQuestion(AccountService accounts, int port) {
        String email = "benchmark-" + UUID.randomUUID() + "@example.org";
        if (!accounts.register(new Registration("Benchmark Person", email, PASSWORD, Role.PERSON)).isCreated()) {
            throw new IllegalStateException("The account could not be created");
        }
        VaadinTab tab = new VaadinTab("http://127.0.0.1:" + port);
        tab.load("sign-in");
        VaadinTab.Reply signedIn = tab.type("sign-in-email", email).type("sign-in-password", PASSWORD)
                .click("primary");
        if (!signedIn.body().contains("your-account")) {
            throw new IllegalStateException("Signing in did not lead to the account page: " + signedIn.body());
        }
        // The browser leaves the sign-in page for the account page, closing the sign-in page's UI.
        tab.close();
        tab.load(FIRST_QUESTION);
        if (!tab.has("continue")) {
            throw new IllegalStateException("The first question has no Continue button");
        }
        return tab;
    }
}
