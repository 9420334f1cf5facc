package scot.sds.portal.assessment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import scot.sds.portal.access.CurrentPerson;
import scot.sds.portal.assessment.AnswersToQuestion;
import scot.sds.portal.assessment.AssessmentService;
import scot.sds.portal.assessment.AssessmentStatus;
import scot.sds.portal.assessment.GivenAnswer;
import scot.sds.portal.assessment.Question;
import scot.sds.portal.assessment.Section;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.SummaryList;

/**
 * "Check your answers": every question asked, what was said and by whom (both views where a person and a helper
 * disagree), each with a "Change" link that comes back here; then what other features add, such as the option
 * the person prefers.
 */
@Route(Paths.CHECK_ANSWERS)
@PermitAll
public class CheckAnswersView extends AssessmentPage {

    private final ObjectProvider<CheckAnswersPart> parts;

    public CheckAnswersView(AssessmentService assessments, CurrentPerson currentPerson,
            ObjectProvider<CheckAnswersPart> parts) {
        super("assessment.check.title", assessments, currentPerson);
        this.parts = parts;
    }

    @Override
    protected void render(PageContent content) {
        boolean sent = assessment.status() == AssessmentStatus.SUBMITTED;
        content.point(sent ? "assessment.check.sent.p1" : "assessment.check.intro.p1");
        for (Section section : assessment.sectionsAsked()) {
            content.heading(section.titleKey());
            SummaryList list = content.add(new SummaryList());
            for (Question question : assessment.questionsAsked(section)) {
                row(content, list, question, sent);
            }
        }
        parts.orderedStream().forEach(part -> part.addTo(content, personId));
        content.link("assessment.check.back", Paths.ASSESSMENT);
    }

    /** A question and what was said; with a way to change it until it is sent. */
    private void row(PageContent content, SummaryList list, Question question, boolean sent) {
        AnswersToQuestion said = assessment.answersTo(question.id());
        Div answers = new Div();
        said.ownWords().ifPresent(answer -> answers.add(said(question, answer)));
        said.helperView().ifPresent(answer -> answers.add(said(question, answer)));
        if (!said.answered()) {
            answers.add(new Paragraph(content.text("assessment.check.not-answered")));
        }
        if (said.viewsDiffer()) {
            Paragraph differ = new Paragraph(content.text("assessment.check.differ"));
            differ.addClassName("views-differ");
            answers.add(differ);
        }
        if (sent) {
            list.row(content.text(question.textKey()), answers);
            return;
        }
        Anchor change = SummaryList.action(Paths.href(questionPath(question.id())) + "?" + QuestionView.FROM + "="
                + QuestionView.FROM_CHECK, content.text(said.answered() ? "assessment.check.change"
                        : "assessment.check.answer"), content.text(question.textKey()));
        list.row(content.text(question.textKey()), answers, change);
    }

    private Div said(Question question, GivenAnswer answer) {
        Paragraph value = new Paragraph(AnswerTexts.answer(this, question, answer));
        value.addClassName("answer-value");
        Paragraph who = new Paragraph(AnswerTexts.whoSaid(this, answer, assessment.personName()));
        who.addClassName("who-said");
        Div block = new Div(value, who);
        block.addClassName("given-answer");
        return block;
    }
}
