package scot.sds.portal.handoff;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import scot.sds.portal.access.AccessDecision;
import scot.sds.portal.access.HelperRole;
import scot.sds.portal.access.RelationshipService;
import scot.sds.portal.access.RelationshipSummary;
import scot.sds.portal.assessment.AnswersToQuestion;
import scot.sds.portal.assessment.AssessmentView;
import scot.sds.portal.assessment.GivenAnswer;
import scot.sds.portal.assessment.Question;
import scot.sds.portal.assessment.Section;
import scot.sds.portal.budget.IndicativeBudget;
import scot.sds.portal.budget.SupportOption;
import scot.sds.portal.options.ChosenOption;
import scot.sds.portal.options.OptionPreferenceService;
import scot.sds.portal.outcomes.OutcomeService;
import scot.sds.portal.outcomes.PersonalOutcome;
import scot.sds.portal.outcomes.TalkingPoint;
import scot.sds.portal.providers.ServiceRecord;
import scot.sds.portal.providers.ShortlistService;

/**
 * Gathers the pack from each feature, through each feature's own service and access check: the answers to every
 * question asked, the outcomes, the preference with the budget shown, the shortlist and the helpers.
 */
@Component
class HandOffPacks {

    private static final String THE_PERSON = "PERSON";

    private final OutcomeService outcomes;
    private final OptionPreferenceService preferences;
    private final ShortlistService shortlist;
    private final RelationshipService relationships;

    HandOffPacks(OutcomeService outcomes, OptionPreferenceService preferences, ShortlistService shortlist,
            RelationshipService relationships) {
        this.outcomes = outcomes;
        this.preferences = preferences;
        this.shortlist = shortlist;
        this.relationships = relationships;
    }

    HandOffPack gather(AssessmentView assessment, AccessDecision sender, String senderName, String reference,
            Instant sentAt) {
        long personId = assessment.personId();
        return new HandOffPack(HandOffPack.FORMAT, reference, sentAt,
                new HandOffPack.Person(personId, assessment.personName()),
                new HandOffPack.Sender(sender.actorId(), senderName, sender.actedAs()),
                assessment.questionnaire().name(), assessment.questionnaire().version(), answers(assessment),
                outcomes.outcomesOf(personId).stream().map(HandOffPacks::outcome).toList(),
                preferences.current(personId).map(HandOffPacks::preference).orElse(null),
                shortlist.shortlist(personId).stream().map(service -> service(service.id(), service.record()))
                        .toList(),
                relationships.helpersToSendWith(personId).stream().map(HandOffPacks::helper).toList());
    }

    private static List<HandOffPack.Answer> answers(AssessmentView assessment) {
        List<HandOffPack.Answer> answers = new ArrayList<>();
        for (Section section : assessment.sectionsAsked()) {
            for (Question question : assessment.questionsAsked(section)) {
                AnswersToQuestion said = assessment.answersTo(question.id());
                if (said.answered()) {
                    answers.add(new HandOffPack.Answer(section.id(), question.id(),
                            said.ownWords().map(HandOffPacks::said).orElse(null),
                            said.helperView().map(HandOffPacks::said).orElse(null)));
                }
            }
        }
        return answers;
    }

    private static HandOffPack.Said said(GivenAnswer answer) {
        return new HandOffPack.Said(answer.kind().name(), answer.values(), answer.givenByName(),
                actedAs(answer.givenAs()), answer.givenAt());
    }

    private static HandOffPack.Outcome outcome(PersonalOutcome outcome) {
        return new HandOffPack.Outcome(outcome.talkingPoint().map(TalkingPoint::id).orElse(null),
                outcome.forCarer(), outcome.ownWords(), outcome.priority() == null ? null : outcome.priority().name(),
                outcome.howWillIKnow(), outcome.national().stream().map(Enum::name).sorted().toList(),
                outcome.givenByName(), actedAs(outcome.givenAs()));
    }

    private static HandOffPack.Preference preference(ChosenOption chosen) {
        Map<String, BigDecimal> mix = null;
        if (chosen.mix() != null) {
            mix = new LinkedHashMap<>();
            for (SupportOption part : SupportOption.partsOfMix()) {
                mix.put(part.name(), chosen.mix().part(part));
            }
        }
        return new HandOffPack.Preference(chosen.preference().name(), chosen.reasons(), mix,
                budget(chosen.budgetShown()));
    }

    private static HandOffPack.Budget budget(IndicativeBudget budget) {
        if (budget == null) {
            return null;
        }
        Map<String, HandOffPack.Range> ranges = new LinkedHashMap<>();
        budget.byOption().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(range -> ranges.put(
                range.getKey().name(), new HandOffPack.Range(range.getValue().low(), range.getValue().high())));
        return new HandOffPack.Budget(budget.rulesVersion(), budget.points(), budget.capped(), ranges);
    }

    private static HandOffPack.Service service(long id, ServiceRecord record) {
        return new HandOffPack.Service(id, record.source().name(), record.sourceId(), record.name(),
                record.providerName(), record.kind().name(), record.councilArea(), record.town(), record.phone());
    }

    private static HandOffPack.Helper helper(RelationshipSummary helper) {
        return new HandOffPack.Helper(helper.helperName(), helper.role().name(),
                helper.legalBasis() == null ? null : helper.legalBasis().name(), helper.legalReference(),
                helper.legalExpires(), helper.scopes().stream().map(Enum::name).sorted().toList(),
                helper.status().name(), helper.organisation());
    }

    private static String actedAs(HelperRole role) {
        return role == null ? THE_PERSON : role.name();
    }
}
