package scot.sds.portal.staff.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scot.sds.portal.access.HelperRole;
import scot.sds.portal.assessment.AnswerKind;
import scot.sds.portal.assessment.GivenAnswer;
import scot.sds.portal.assessment.Question;
import scot.sds.portal.assessment.Questionnaire;
import scot.sds.portal.assessment.Section;
import scot.sds.portal.assessment.Voice;
import scot.sds.portal.assessment.ui.AnswerTexts;
import scot.sds.portal.handoff.HandOffPack;
import scot.sds.portal.shared.i18n.Language;
import scot.sds.portal.shared.pdf.PrintableDocument;
import scot.sds.portal.shared.pdf.PrintableDocument.Block;
import scot.sds.portal.shared.pdf.PrintableDocument.Heading;
import scot.sds.portal.shared.pdf.PrintableDocument.Paragraph;
import scot.sds.portal.shared.pdf.PrintableDocument.Row;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;

/**
 * The hand-off pack as staff read it, in the page's language: who sent it, every answer with who gave it, the
 * outcomes, the option preference with the budget shown, the shortlist and the helpers with their legal basis.
 * The case page shows it and the PDF prints the same blocks.
 */
final class CasePackDocument {

    private static final String THE_PERSON = "PERSON";

    private final PageContent content;
    private final Component translator;
    private final List<Block> blocks = new ArrayList<>();

    private CasePackDocument(PageContent content, Component translator) {
        this.content = content;
        this.translator = translator;
    }

    static PrintableDocument of(PageContent content, Component translator, Language language, HandOffPack pack,
            Questionnaire questionnaire) {
        CasePackDocument document = new CasePackDocument(content, translator);
        document.sent(pack);
        document.answers(pack, questionnaire);
        document.outcomes(pack);
        document.preference(pack);
        document.shortlist(pack);
        document.helpers(pack);
        return new PrintableDocument(language, false, content.text("staff.case.pack", Map.of("reference",
                pack.reference())), document.blocks);
    }

    private void sent(HandOffPack pack) {
        blocks.add(new Heading(content.text("staff.case.sent-heading")));
        row("staff.cases.reference", pack.reference());
        row("staff.cases.person", pack.person().name());
        row("staff.cases.sent", content.dateTime(pack.sentAt()));
        row("staff.case.sent-by", content.text("staff.case.sent-by-value", Map.of("name", pack.sentBy().name(),
                "role", role(pack.sentBy().actedAs()))));
    }

    private void answers(HandOffPack pack, Questionnaire questionnaire) {
        String section = null;
        for (HandOffPack.Answer answer : pack.answers()) {
            if (!answer.section().equals(section)) {
                section = answer.section();
                String id = section;
                blocks.add(new Heading(content.text(questionnaire.sections().stream()
                        .filter(found -> found.id().equals(id)).findFirst().map(Section::titleKey).orElse(id))));
            }
            Question question = questionnaire.question(answer.question()).orElseThrow();
            List<String> said = new ArrayList<>();
            for (HandOffPack.Said given : new HandOffPack.Said[] {answer.ownWords(), answer.helperView()}) {
                if (given != null) {
                    GivenAnswer shown = new GivenAnswer(question.id(), given == answer.ownWords() ? Voice.OWN_WORDS
                            : Voice.HELPER_VIEW, AnswerKind.valueOf(given.kind()), given.values(), 0,
                            given.givenBy(), helperRole(given.givenAs()), given.givenAt());
                    said.add(AnswerTexts.answer(translator, question, shown));
                    said.add(AnswerTexts.whoSaid(translator, shown, pack.person().name()));
                }
            }
            blocks.add(new Row(content.text(question.textKey()), String.join("\n", said)));
        }
    }

    private void outcomes(HandOffPack pack) {
        blocks.add(new Heading(content.text("staff.case.outcomes")));
        if (pack.outcomes().isEmpty()) {
            none();
        }
        for (HandOffPack.Outcome outcome : pack.outcomes()) {
            row("staff.case.outcome", outcome.talkingPoint() == null ? content.text("staff.case.own-outcome")
                    : content.text("outcome." + outcome.talkingPoint()));
            if (outcome.ownWords() != null) {
                row("staff.case.in-their-words", outcome.ownWords());
            }
            if (outcome.priority() != null) {
                row("staff.case.priority", content.text("outcomes.priority." + MessageKeys.part(outcome.priority())));
            }
            if (outcome.howWillIKnow() != null) {
                row("staff.case.how-will-i-know", outcome.howWillIKnow());
            }
        }
    }

    private void preference(HandOffPack pack) {
        blocks.add(new Heading(content.text("staff.case.preference")));
        HandOffPack.Preference preference = pack.preference();
        if (preference == null) {
            none();
            return;
        }
        row("staff.case.option", content.text("DECIDE_LATER".equals(preference.option())
                ? "options.preference.decide-later" : "options." + MessageKeys.part(preference.option()) + ".name"));
        if (preference.reasons() != null) {
            row("staff.case.reasons", preference.reasons());
        }
        if (preference.mix() != null) {
            preference.mix().forEach((option, amount) -> blocks.add(new Row(content.text("budget.option."
                    + MessageKeys.part(option)), content.money(amount))));
        }
        if (preference.budgetShown() != null) {
            preference.budgetShown().ranges().forEach((option, range) -> blocks.add(new Row(content.text(
                    "staff.case.range", Map.of("option", content.text("budget.option." + MessageKeys.part(option)))),
                    content.text("staff.case.from-to", Map.of("low", content.money(range.low()), "high",
                            content.money(range.high()))))));
        }
    }

    private void shortlist(HandOffPack pack) {
        blocks.add(new Heading(content.text("staff.case.shortlist")));
        if (pack.shortlist().isEmpty()) {
            none();
        }
        for (HandOffPack.Service service : pack.shortlist()) {
            blocks.add(new Row(service.name(), content.text("providers.kind." + MessageKeys.part(service.kind()))
                    + (service.town() == null ? "" : ", " + service.town())));
        }
    }

    private void helpers(HandOffPack pack) {
        blocks.add(new Heading(content.text("staff.case.helpers")));
        if (pack.helpers().isEmpty()) {
            none();
        }
        for (HandOffPack.Helper helper : pack.helpers()) {
            String role = role(helper.role());
            blocks.add(new Row(helper.name(), helper.legalBasis() == null ? role : content.text("staff.case.legal",
                    Map.of("role", role, "basis", content.text("access.basis." + MessageKeys.part(
                            helper.legalBasis())), "reference", String.valueOf(helper.legalReference())))));
        }
    }

    private void row(String termKey, String value) {
        blocks.add(new Row(content.text(termKey), value));
    }

    private void none() {
        blocks.add(new Paragraph(content.text("staff.case.none")));
    }

    private String role(String actedAs) {
        return THE_PERSON.equals(actedAs) ? content.text("staff.case.the-person")
                : content.text("access.role." + MessageKeys.part(actedAs));
    }

    private static HelperRole helperRole(String actedAs) {
        return THE_PERSON.equals(actedAs) ? null : HelperRole.valueOf(actedAs);
    }
}
