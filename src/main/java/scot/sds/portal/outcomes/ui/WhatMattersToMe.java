package scot.sds.portal.outcomes.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import scot.sds.portal.assessment.AssessmentView;
import scot.sds.portal.assessment.GivenAnswer;
import scot.sds.portal.assessment.Question;
import scot.sds.portal.assessment.ui.AnswerTexts;
import scot.sds.portal.outcomes.PersonalOutcome;
import scot.sds.portal.outcomes.TalkingPoint;
import scot.sds.portal.shared.i18n.Language;
import scot.sds.portal.shared.pdf.PrintableDocument.Block;
import scot.sds.portal.shared.pdf.PrintableDocument.Heading;
import scot.sds.portal.shared.pdf.PrintableDocument.Paragraph;
import scot.sds.portal.shared.pdf.PrintableDocument.PicturedPoint;
import scot.sds.portal.shared.pdf.PrintableDocument.Row;
import scot.sds.portal.shared.pdf.PrintableDocument;

/**
 * The one-page "What matters to me" summary, in the page's language and reading mode: the answers the council's
 * questionnaire marks for the summary, then the person's outcomes, most important first. The page and the PDF
 * are made from the same blocks, so they always say the same.
 */
final class WhatMattersToMe {

    /** The picture beside an outcome written wholly in the person's own words. */
    static final String OWN_OUTCOME_PICTURE = "writing-hand";

    private WhatMattersToMe() {}

    static PrintableDocument document(Component page, Language language, Locale locale, boolean easyRead,
            AssessmentView assessment, List<PersonalOutcome> outcomes) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(page.getTranslation("summary.about", Map.of("name",
                assessment.personName()))));
        List<Question> inSummary = assessment.sectionsAsked().stream()
                .flatMap(section -> assessment.questionsAsked(section).stream())
                .filter(Question::inSummary)
                .filter(question -> assessment.answersTo(question.id()).answered())
                .toList();
        if (!inSummary.isEmpty()) {
            blocks.add(new Heading(page.getTranslation("summary.about-me")));
        }
        for (Question question : inSummary) {
            GivenAnswer answer = assessment.answersTo(question.id()).ownWords()
                    .or(() -> assessment.answersTo(question.id()).helperView()).orElseThrow();
            String term = page.getTranslation(question.textKey());
            String value = AnswerTexts.answer(page, question, answer);
            blocks.add(easyRead ? new PicturedPoint(question.picture(), term + " " + value) : new Row(term, value));
        }
        blocks.add(new Heading(page.getTranslation("outcomes.title")));
        if (outcomes.isEmpty()) {
            blocks.add(new Paragraph(page.getTranslation("summary.no-outcomes")));
        }
        for (PersonalOutcome outcome : outcomes) {
            blocks.addAll(outcome(page, locale, easyRead, outcome));
        }
        blocks.add(new Paragraph(page.getTranslation("summary.not-a-decision")));
        return new PrintableDocument(language, easyRead, page.getTranslation("summary.title"), blocks);
    }

    private static List<Block> outcome(Component page, Locale locale, boolean easyRead, PersonalOutcome outcome) {
        String name = OutcomeTexts.name(page, outcome);
        String priority = OutcomeTexts.priority(page, outcome);
        if (easyRead) {
            String picture = outcome.talkingPoint().map(TalkingPoint::picture).orElse(OWN_OUTCOME_PICTURE);
            List<Block> blocks = new ArrayList<>();
            blocks.add(new PicturedPoint(picture, name + ". " + priority + "."));
            if (outcome.ownWords() != null) {
                blocks.add(new Paragraph(outcome.ownWords()));
            }
            if (outcome.howWillIKnow() != null) {
                blocks.add(new Paragraph(page.getTranslation("outcomes.how-will-i-know") + " "
                        + outcome.howWillIKnow()));
            }
            return blocks;
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Row(page.getTranslation("summary.outcome"), name));
        if (outcome.ownWords() != null) {
            blocks.add(new Row(page.getTranslation("outcomes.means"), outcome.ownWords()));
        }
        blocks.add(new Row(page.getTranslation("outcomes.priority"), priority));
        if (outcome.howWillIKnow() != null) {
            blocks.add(new Row(page.getTranslation("outcomes.how-will-i-know"), outcome.howWillIKnow()));
        }
        blocks.add(new Row(page.getTranslation("outcomes.helps-with"), OutcomeTexts.national(page, locale, outcome)));
        return blocks;
    }
}
