package scot.sds.portal.assessment.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import scot.sds.portal.access.ActingFor;
import scot.sds.portal.access.CurrentPerson;
import scot.sds.portal.assessment.AnsweringVoice;
import scot.sds.portal.assessment.AssessmentService;
import scot.sds.portal.assessment.AssessmentView;
import scot.sds.portal.assessment.Voice;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.FormPage;
import scot.sds.portal.shared.ui.PageContent;

/**
 * A page of the pre-assessment: whose assessment it is (one's own, or that of the person acted for), read through
 * the access check on every visit. A helper is first asked whose words they are writing down.
 */
abstract class AssessmentPage extends FormPage implements BeforeEnterObserver {

    static final String RETURN_TO = "return";

    protected final AssessmentService assessments;
    private final CurrentPerson currentPerson;
    protected long personId;
    protected AssessmentView assessment;
    private Optional<ActingFor> actingFor = Optional.empty();

    AssessmentPage(String titleKey, AssessmentService assessments, CurrentPerson currentPerson) {
        super(titleKey);
        this.assessments = assessments;
        this.currentPerson = currentPerson;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        personId = currentPerson.personId().orElseThrow();
        actingFor = currentPerson.actingFor();
        if (actingFor.isPresent() && AnsweringVoice.chosenFor(personId).isEmpty()) {
            event.forwardTo(Paths.WHOSE_WORDS,
                    QueryParameters.of(RETURN_TO, event.getLocation().getPathWithQueryParameters()));
            return;
        }
        assessment = assessments.view(personId);
        enter(event);
        if (isAttached() && !event.hasForwardTarget()) {
            // Vaadin keeps the page when only its parameter changes, from one question to the next.
            refresh();
        }
    }

    /** What the page does once the assessment is read, such as finding its question. */
    protected void enter(BeforeEnterEvent event) {}

    /** The voice answers are given in: a helper's choice, else the person's own words. */
    protected Voice voice() {
        return actingFor.isEmpty() ? Voice.OWN_WORDS : AnsweringVoice.chosenFor(personId).orElse(Voice.OWN_WORDS);
    }

    /** For a helper: a line saying whose words they are writing, with a way to change it. */
    protected void whoseWords(PageContent content, String returnTo) {
        actingFor.ifPresent(helping -> {
            String key = voice() == Voice.OWN_WORDS ? "assessment.voice.own-words" : "assessment.voice.helper-view";
            Paragraph line = content.add(new Paragraph(content.text(key, Map.of("name", helping.personName(),
                    "role", AnswerTexts.role(this, helping.role())))));
            line.addClassName("whose-words");
            line.add(new Text(" "), new Anchor(Paths.href(Paths.WHOSE_WORDS) + "?" + RETURN_TO + "="
                    + URLEncoder.encode(returnTo, StandardCharsets.UTF_8), content.text("assessment.voice.change")));
        });
    }

    static String questionPath(String questionId) {
        return Paths.ASSESSMENT_QUESTION + "/" + questionId;
    }
}
