package scot.sds.portal.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.Optional;
import scot.sds.portal.access.CurrentPerson;
import scot.sds.portal.assessment.AnswerInput;
import scot.sds.portal.assessment.AnswerKind;
import scot.sds.portal.assessment.AnswerProblem;
import scot.sds.portal.assessment.AnswerResult;
import scot.sds.portal.assessment.AnswerType;
import scot.sds.portal.assessment.AssessmentService;
import scot.sds.portal.assessment.AssessmentStatus;
import scot.sds.portal.assessment.AssessmentView;
import scot.sds.portal.assessment.GivenAnswer;
import scot.sds.portal.assessment.Question;
import scot.sds.portal.assessment.Voice;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.i18n.Pictures;
import scot.sds.portal.shared.ui.PageContent;

/**
 * One question per page, as GOV.UK asks: the question is the heading, then its hint, why it is asked, the answer
 * field, "Continue", and a back link. The answer is saved on "Continue"; the next question depends on it.
 */
@Route(Paths.ASSESSMENT_QUESTION)
@PermitAll
public class QuestionView extends AssessmentPage implements HasUrlParameter<String> {

    static final String FROM = "from";
    static final String FROM_CHECK = "check";

    private String questionId;
    private Question question;
    private QuestionField field;
    private boolean fromCheck;

    public QuestionView(AssessmentService assessments, CurrentPerson currentPerson) {
        super("assessment.tasks.title", assessments, currentPerson);
    }

    @Override
    public void setParameter(BeforeEvent event, String questionId) {
        this.questionId = questionId;
        this.fromCheck = event.getLocation().getQueryParameters().getSingleParameter(FROM)
                .filter(FROM_CHECK::equals).isPresent();
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        if (assessment.status() == AssessmentStatus.SUBMITTED) {
            // Sent answers cannot change: they are there to read.
            event.forwardTo(Paths.CHECK_ANSWERS);
            return;
        }
        Optional<Question> asked = assessment.questionnaire().question(questionId)
                .filter(found -> assessment.asks(found.id()));
        if (asked.isEmpty()) {
            // An old bookmark, or a question no longer asked after a change of answer.
            event.forwardTo(Paths.ASSESSMENT);
            return;
        }
        question = asked.get();
        setTitleKey(question.textKey());
        field = new QuestionField(question, this);
        errors.clear();
        assessment.answersTo(questionId).in(voice()).ifPresent(field::show);
        assessments.reachedQuestion(personId, questionId);
    }

    @Override
    protected void render(PageContent content) {
        if (content.easyRead()) {
            Image picture = new Image(Pictures.href(question.picture()), "");
            picture.addClassName("question-picture");
            getContent().addComponentAsFirst(picture);
        }
        content.add(new Anchor(backLink(), content.text("assessment.question.back"))).addClassName("back-link");
        content.add(new Paragraph(content.text(assessment.questionnaire().sectionOf(questionId).titleKey())))
                .addClassName("section-caption");
        content.add(errors);
        whoseWords(content, here());
        showOtherVoice(content);
        showEarlierSpecial(content);
        field.label(content.text(question.textKey()), question.hint() ? content.text(question.hintKey()) : null);
        content.add(field.component());
        if (question.whyWeAsk()) {
            NativeDetails why = new NativeDetails(content.text("assessment.question.why"),
                    new Paragraph(content.text(question.whyKey())));
            why.addClassName("why-we-ask");
            content.add(why);
        }
        Div actions = content.add(new Div());
        actions.addClassName("question-actions");
        Button next = new Button(content.text("assessment.question.continue"), click -> field.read()
                .ifPresentOrElse(this::save, () -> showProblem(AnswerProblem.NOT_A_DATE)));
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.setId("continue");
        actions.add(next);
        if (question.ratherNotSay()) {
            actions.add(specialButton(content, AnswerKind.RATHER_NOT_SAY));
        }
        if (question.dontKnow()) {
            actions.add(specialButton(content, AnswerKind.DONT_KNOW));
        }
        content.link("assessment.question.save-later", Paths.ASSESSMENT);
    }

    private Button specialButton(PageContent content, AnswerKind kind) {
        Button button = new Button(AnswerTexts.special(this, kind),
                click -> save(AnswerInput.instead(kind)));
        button.addThemeVariants(ButtonVariant.TERTIARY);
        return button;
    }

    /** What the other voice said, so a person can add their own view beside a helper's, and the other way round. */
    private void showOtherVoice(PageContent content) {
        Voice other = voice() == Voice.OWN_WORDS ? Voice.HELPER_VIEW : Voice.OWN_WORDS;
        assessment.answersTo(questionId).in(other).ifPresent(said -> {
            Div inset = content.add(new Div());
            inset.addClassName("inset");
            inset.addClassName("other-voice");
            inset.add(new Paragraph(AnswerTexts.whoSaid(this, said, assessment.personName())),
                    new Paragraph(AnswerTexts.answer(this, question, said)));
        });
    }

    private void showEarlierSpecial(PageContent content) {
        assessment.answersTo(questionId).in(voice()).map(GivenAnswer::kind)
                .filter(kind -> kind != AnswerKind.GIVEN)
                .ifPresent(kind -> content.add(new Paragraph(content.text("assessment.question.chose-before",
                        Map.of("answer", AnswerTexts.special(this, kind))))));
    }

    private void save(AnswerInput input) {
        errors.clear();
        AnswerResult result = assessments.answer(personId, questionId, voice(), input);
        result.problem().ifPresentOrElse(this::showProblem, () -> UI.getCurrent().navigate(
                nextPage(result.saved().orElseThrow())));
    }

    private String nextPage(AssessmentView saved) {
        if (fromCheck) {
            return Paths.CHECK_ANSWERS;
        }
        return saved.nextInSection(questionId).map(next -> questionPath(next.id())).orElse(Paths.ASSESSMENT);
    }

    private String backLink() {
        if (fromCheck) {
            return Paths.href(Paths.CHECK_ANSWERS);
        }
        return Paths.href(assessment.previousInSection(questionId).map(previous -> questionPath(previous.id()))
                .orElse(Paths.ASSESSMENT));
    }

    private String here() {
        return questionPath(questionId) + (fromCheck ? "?" + FROM + "=" + FROM_CHECK : "");
    }

    private void showProblem(AnswerProblem problem) {
        errors.add(field.validation(), problemKey(problem),
                Map.of("min", nullToZero(question.min()), "max", nullToZero(question.max()),
                        "most", Question.MOST_CHARACTERS));
        showProblems();
    }

    private String problemKey(AnswerProblem problem) {
        return switch (problem) {
            case NO_ANSWER -> switch (question.type()) {
                case SINGLE_CHOICE, YES_NO -> "assessment.error.choose-one";
                case SEVERAL_CHOICES -> "assessment.error.choose-several";
                case FREE_TEXT -> "assessment.error.type-answer";
                case NUMBER -> "assessment.error.type-number";
                case DATE -> "assessment.error.type-date";
            };
            case NOT_AN_OPTION, NOT_OFFERED -> question.type() == AnswerType.SEVERAL_CHOICES
                    ? "assessment.error.choose-several" : "assessment.error.choose-one";
            case NOT_A_NUMBER -> "assessment.error.not-a-number";
            case NUMBER_OUT_OF_RANGE -> "assessment.error.number-range";
            case NOT_A_DATE -> "assessment.error.not-a-date";
            case TOO_LONG -> "assessment.error.too-long";
        };
    }

    private static int nullToZero(Integer number) {
        return number == null ? 0 : number;
    }
}
