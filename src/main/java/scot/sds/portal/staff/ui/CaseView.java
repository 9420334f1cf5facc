package scot.sds.portal.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import scot.sds.portal.access.HelperRole;
import scot.sds.portal.assessment.AnswerKind;
import scot.sds.portal.assessment.AssessmentService;
import scot.sds.portal.assessment.GivenAnswer;
import scot.sds.portal.assessment.Question;
import scot.sds.portal.assessment.Questionnaire;
import scot.sds.portal.assessment.Section;
import scot.sds.portal.assessment.Voice;
import scot.sds.portal.assessment.ui.AnswerTexts;
import scot.sds.portal.handoff.CaseworkService;
import scot.sds.portal.handoff.HandOffPack;
import scot.sds.portal.handoff.StaffCase;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.PortalPage;
import scot.sds.portal.shared.ui.SummaryList;

/**
 * One case: where it is, the flags its answers raised, and the whole hand-off pack as it was sent (every answer
 * with who gave it, the outcomes, the preference with the budget shown, the shortlist and the helpers), with the
 * steps staff take.
 */
@Route(Paths.STAFF_CASES)
@RolesAllowed("STAFF")
public class CaseView extends PortalPage implements HasUrlParameter<String> {

    private static final String THE_PERSON = "PERSON";

    private final CaseworkService casework;
    private final AssessmentService assessments;
    private Optional<StaffCase> opened = Optional.empty();
    private String reference;

    public CaseView(CaseworkService casework, AssessmentService assessments) {
        super("staff.case.title");
        this.casework = casework;
        this.assessments = assessments;
    }

    @Override
    public void setParameter(BeforeEvent event, String reference) {
        this.reference = reference;
        opened = casework.open(reference);
        if (opened.isEmpty()) {
            event.forwardTo(Paths.STAFF_CASES);
        }
    }

    @Override
    protected void render(PageContent content) {
        content.add(new Anchor(Paths.href(Paths.STAFF_CASES), content.text("staff.case.back")))
                .addClassName("back-link");
        StaffCase shown = opened.orElseThrow();
        HandOffPack pack = shown.sent().pack();
        content.add(new SummaryList()
                .row(content.text("staff.cases.reference"), pack.reference())
                .row(content.text("staff.cases.person"), pack.person().name())
                .row(content.text("staff.cases.sent"), content.dateTime(pack.sentAt()))
                .row(content.text("staff.case.sent-by"), content.text("staff.case.sent-by-value", Map.of("name",
                        pack.sentBy().name(), "role", role(content, pack.sentBy().actedAs()))))
                .row(content.text("staff.cases.status"), content.text(CaseQueueView.statusKey(
                        shown.summary().status())))
                .row(content.text("staff.cases.worker"), shown.summary().assignedTo() == null
                        ? content.text("staff.cases.nobody") : shown.summary().assignedTo())
                .row(content.text("staff.cases.flags"), shown.summary().flags().isEmpty()
                        ? content.text("staff.case.no-flags") : content.list(shown.summary().flags().stream()
                                .map(id -> content.text("handoff.flag." + id)).toList())))
                .addClassName("case-facts");
        if (shown.summary().assignedTo() == null) {
            Button assign = new Button(content.text("staff.case.assign"), click -> {
                casework.assignToMe(reference);
                opened = casework.open(reference);
                refresh();
            });
            assign.addThemeVariants(ButtonVariant.PRIMARY);
            assign.setId("assign-to-me");
            content.add(assign);
        }
        answers(content, pack);
        outcomes(content, pack);
        preference(content, pack);
        shortlist(content, pack);
        helpers(content, pack);
    }

    private void answers(PageContent content, HandOffPack pack) {
        Questionnaire questionnaire = assessments.questionnaire(pack.questionnaire(), pack.questionnaireVersion());
        String section = null;
        SummaryList list = null;
        for (HandOffPack.Answer answer : pack.answers()) {
            if (!answer.section().equals(section)) {
                section = answer.section();
                String id = section;
                content.heading(questionnaire.sections().stream().filter(found -> found.id().equals(id))
                        .findFirst().map(Section::titleKey).orElse(id));
                list = content.add(new SummaryList());
                list.addClassName("case-answers");
            }
            Question question = questionnaire.question(answer.question()).orElseThrow();
            Div said = new Div();
            for (HandOffPack.Said given : new HandOffPack.Said[] {answer.ownWords(), answer.helperView()}) {
                if (given != null) {
                    GivenAnswer shown = new GivenAnswer(question.id(), given == answer.ownWords() ? Voice.OWN_WORDS
                            : Voice.HELPER_VIEW, AnswerKind.valueOf(given.kind()), given.values(), 0,
                            given.givenBy(), helperRole(given.givenAs()), given.givenAt());
                    said.add(new Paragraph(AnswerTexts.answer(this, question, shown)),
                            new Paragraph(AnswerTexts.whoSaid(this, shown, pack.person().name())));
                }
            }
            list.row(content.text(question.textKey()), said);
        }
    }

    private void outcomes(PageContent content, HandOffPack pack) {
        content.heading("staff.case.outcomes");
        if (pack.outcomes().isEmpty()) {
            content.add(new Paragraph(content.text("staff.case.none")));
        }
        for (HandOffPack.Outcome outcome : pack.outcomes()) {
            String name = outcome.talkingPoint() == null ? content.text("staff.case.own-outcome")
                    : content.text("outcome." + outcome.talkingPoint());
            SummaryList list = content.add(new SummaryList().row(content.text("staff.case.outcome"), name));
            list.addClassName("case-outcome");
            if (outcome.ownWords() != null) {
                list.row(content.text("staff.case.in-their-words"), outcome.ownWords());
            }
            if (outcome.priority() != null) {
                list.row(content.text("staff.case.priority"), content.text("outcomes.priority."
                        + MessageKeys.part(outcome.priority())));
            }
            if (outcome.howWillIKnow() != null) {
                list.row(content.text("staff.case.how-will-i-know"), outcome.howWillIKnow());
            }
        }
    }

    private void preference(PageContent content, HandOffPack pack) {
        content.heading("staff.case.preference");
        HandOffPack.Preference preference = pack.preference();
        if (preference == null) {
            content.add(new Paragraph(content.text("staff.case.none")));
            return;
        }
        SummaryList list = content.add(new SummaryList().row(content.text("staff.case.option"), content.text(
                "DECIDE_LATER".equals(preference.option()) ? "options.preference.decide-later"
                        : "options." + MessageKeys.part(preference.option()) + ".name")));
        list.addClassName("case-preference");
        if (preference.reasons() != null) {
            list.row(content.text("staff.case.reasons"), preference.reasons());
        }
        if (preference.mix() != null) {
            preference.mix().forEach((option, amount) -> list.row(content.text("budget.option."
                    + MessageKeys.part(option)), content.money(amount)));
        }
        if (preference.budgetShown() != null) {
            preference.budgetShown().ranges().forEach((option, range) -> list.row(content.text(
                    "staff.case.range", Map.of("option", content.text("budget.option." + MessageKeys.part(option)))),
                    content.text("staff.case.from-to", Map.of("low", content.money(range.low()), "high",
                            content.money(range.high())))));
        }
    }

    private void shortlist(PageContent content, HandOffPack pack) {
        content.heading("staff.case.shortlist");
        if (pack.shortlist().isEmpty()) {
            content.add(new Paragraph(content.text("staff.case.none")));
            return;
        }
        SummaryList list = content.add(new SummaryList());
        list.addClassName("case-shortlist");
        for (HandOffPack.Service service : pack.shortlist()) {
            list.row(service.name(), content.text("providers.kind." + MessageKeys.part(service.kind()))
                    + (service.town() == null ? "" : ", " + service.town()));
        }
    }

    private void helpers(PageContent content, HandOffPack pack) {
        content.heading("staff.case.helpers");
        if (pack.helpers().isEmpty()) {
            content.add(new Paragraph(content.text("staff.case.none")));
            return;
        }
        SummaryList list = content.add(new SummaryList());
        list.addClassName("case-helpers");
        for (HandOffPack.Helper helper : pack.helpers()) {
            String role = role(content, helper.role());
            list.row(helper.name(), helper.legalBasis() == null ? role : content.text("staff.case.legal",
                    Map.of("role", role, "basis", content.text("access.basis." + MessageKeys.part(
                            helper.legalBasis())), "reference", String.valueOf(helper.legalReference()))));
        }
    }

    private static String role(PageContent content, String actedAs) {
        return THE_PERSON.equals(actedAs) ? content.text("staff.case.the-person")
                : content.text("access.role." + MessageKeys.part(actedAs));
    }

    private static HelperRole helperRole(String actedAs) {
        return THE_PERSON.equals(actedAs) ? null : HelperRole.valueOf(actedAs);
    }
}
