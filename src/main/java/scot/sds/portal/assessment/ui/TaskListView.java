package scot.sds.portal.assessment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import scot.sds.portal.access.CurrentPerson;
import scot.sds.portal.assessment.AnswersToQuestion;
import scot.sds.portal.assessment.AssessmentService;
import scot.sds.portal.assessment.AssessmentStatus;
import scot.sds.portal.assessment.Section;
import scot.sds.portal.assessment.SectionStatus;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;

/**
 * The pre-assessment's task list: each section with its status, how many are done, and the way back in: where
 * the person left off, or the first section not yet finished.
 */
@Route(Paths.ASSESSMENT)
@PermitAll
public class TaskListView extends AssessmentPage {

    public TaskListView(AssessmentService assessments, CurrentPerson currentPerson) {
        super("assessment.tasks.title", assessments, currentPerson);
    }

    @Override
    protected void render(PageContent content) {
        content.points("assessment.tasks.intro.p1", "assessment.tasks.intro.p2", "assessment.tasks.intro.p3");
        whoseWords(content, Paths.ASSESSMENT);
        List<Section> sections = assessment.sectionsAsked();
        long completed = assessment.sectionsCompleted();
        content.add(new Span(content.text("assessment.tasks.progress",
                Map.of("completed", completed, "total", sections.size())))).addClassName("task-progress");
        boolean started = assessment.answers().values().stream().anyMatch(AnswersToQuestion::answered);
        boolean sent = assessment.status() == AssessmentStatus.SUBMITTED;
        if (sent) {
            content.inset("assessment.tasks.sent.p1");
            content.link("assessment.tasks.sent.link", Paths.CHECK_ANSWERS);
        } else {
            assessment.continueAt().ifPresent(question -> content.startLink(started
                    ? "assessment.tasks.continue" : "assessment.tasks.start", questionPath(question.id())));
        }
        if (completed > 0 && !sent) {
            assessment.firstUnanswered().ifPresent(question -> content.link("assessment.tasks.first-unfinished",
                    questionPath(question.id())));
        }
        content.heading("assessment.tasks.sections");
        OrderedList list = content.add(new OrderedList());
        list.addClassName("task-list");
        for (Section section : sections) {
            list.add(task(content, section));
        }
        if (started && !sent) {
            content.link("assessment.tasks.check", Paths.CHECK_ANSWERS);
        }
        content.heading("assessment.tasks.outcomes.heading");
        content.point("assessment.tasks.outcomes.p1");
        content.link("assessment.tasks.outcomes.link", Paths.OUTCOMES);
        content.link("assessment.tasks.budget.link", Paths.BUDGET);
    }

    private ListItem task(PageContent content, Section section) {
        SectionStatus status = assessment.status(section);
        String statusId = "status-" + section.id();
        Anchor link = new Anchor(Paths.href(questionPath(assessment.entryTo(section).id())),
                content.text(section.titleKey()));
        // The status is read with the link, as GOV.UK's task list does.
        link.getElement().setAttribute("aria-describedby", statusId);
        Span tag = new Span(content.text("assessment.status." + MessageKeys.part(status)));
        tag.setId(statusId);
        tag.addClassName("task-status");
        tag.addClassName("task-status-" + MessageKeys.part(status));
        ListItem item = new ListItem(link, tag);
        item.addClassName("task");
        return item;
    }
}
