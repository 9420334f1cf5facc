package scot.sds.portal.records;

import static scot.sds.portal.support.People.consent;
import static scot.sds.portal.support.People.signIn;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import scot.sds.portal.access.HelperRole;
import scot.sds.portal.access.RelationshipService;
import scot.sds.portal.access.Scope;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;
import scot.sds.portal.account.Role;
import scot.sds.portal.assessment.AnswerInput;
import scot.sds.portal.assessment.AssessmentService;
import scot.sds.portal.assessment.Voice;
import scot.sds.portal.options.OptionPreferenceService;
import scot.sds.portal.options.Preference;
import scot.sds.portal.outcomes.NationalOutcome;
import scot.sds.portal.outcomes.OutcomeDraft;
import scot.sds.portal.outcomes.OutcomeService;
import scot.sds.portal.outcomes.Priority;
import scot.sds.portal.providers.ProblemReportService;
import scot.sds.portal.providers.ShortlistService;
import scot.sds.portal.providers.WhatIsWrong;
import scot.sds.portal.support.People;

/**
 * A person with something in every part of the portal, each written through the feature's own service and each
 * carrying the same unmistakable words, so a test can look for those words in every table afterwards.
 */
final class PersonWithEverything {

    private final People people;
    private final AssessmentService assessments;
    private final OutcomeService outcomes;
    private final OptionPreferenceService preferences;
    private final ShortlistService shortlist;
    private final ProblemReportService problems;
    private final JdbcClient jdbc;

    PersonWithEverything(ApplicationContext portal) {
        this.people = new People(portal.getBean(AccountService.class), portal.getBean(RelationshipService.class));
        this.assessments = portal.getBean(AssessmentService.class);
        this.outcomes = portal.getBean(OutcomeService.class);
        this.preferences = portal.getBean(OptionPreferenceService.class);
        this.shortlist = portal.getBean(ShortlistService.class);
        this.problems = portal.getBean(ProblemReportService.class);
        this.jdbc = portal.getBean(JdbcClient.class);
    }

    /** The person, their carer and the words they wrote; the person is left signed in. */
    Made make(String name) {
        String words = "Marker " + UUID.randomUUID();
        AccountSummary person = people.account(name, Role.PERSON);
        AccountSummary carer = people.account(name + "’s carer", Role.CARER);
        people.helps(carer, person, consent(HelperRole.CARER, Scope.VIEW, Scope.ANSWER));
        signIn(person);
        long serviceId = jdbc.sql("SELECT MIN(id) FROM support_service").query(Long.class).single();
        Assertions.assertThat(assessments.answer(person.id(), "preferred-name", Voice.OWN_WORDS,
                AnswerInput.of(words)).problem()).isEmpty();
        Assertions.assertThat(outcomes.save(person.id(), Optional.empty(), new OutcomeDraft(null, words + " outcome",
                Priority.IMPORTANT, words + " how", Set.of(NationalOutcome.values()[0])), Voice.OWN_WORDS)).isEmpty();
        preferences.choose(person.id(), Preference.OPTION_2, words + " reasons");
        shortlist.add(person.id(), serviceId);
        Assertions.assertThat(problems.report(serviceId, WhatIsWrong.PAYMENT, words + " report")).isEmpty();
        return new Made(person, carer, words);
    }

    record Made(AccountSummary person, AccountSummary carer, String words) {}
}
