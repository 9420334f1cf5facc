package scot.sds.portal.options.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scot.sds.portal.options.OptionsComparison;
import scot.sds.portal.options.OptionsGuide;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.FormPage;
import scot.sds.portal.shared.ui.PageContent;

/**
 * "Which options might suit you?": a few questions, and for each option whether it fits what the person said.
 * Every option stays open: the guide highlights, it never chooses, and nothing is saved.
 */
@Route(Paths.OPTIONS_GUIDE)
@PermitAll
public class GuideView extends FormPage {

    private static final String RESULTS = "guide-results";

    private final OptionsGuide guide;
    private final OptionsComparison comparison;
    private final Map<String, RadioButtonGroup<String>> questions = new LinkedHashMap<>();
    private List<OptionsGuide.Fit> fits;

    public GuideView(OptionsGuide guide, OptionsComparison comparison) {
        super("options.guide.title");
        this.guide = guide;
        this.comparison = comparison;
        for (OptionsGuide.Question question : guide.questions()) {
            RadioButtonGroup<String> group = new RadioButtonGroup<>();
            group.setId("guide-" + question.id());
            group.setItems(question.answers().stream().map(OptionsGuide.Answer::id).toList());
            questions.put(question.id(), group);
        }
    }

    @Override
    protected void render(PageContent content) {
        content.add(errors);
        content.point("options.guide.intro.p1");
        Div form = new Div();
        form.addClassName("portal-form");
        questions.forEach((id, group) -> {
            group.setLabel(content.text("options.guide.question." + id));
            group.setItemLabelGenerator(answer -> content.text("options.guide.answer." + id + "." + answer));
            form.add(group);
        });
        form.add(primaryButton(content.text("options.guide.show"), "show-fits", this::show));
        content.add(form);
        if (fits != null) {
            results(content);
        }
        content.link("options.guide.compare-link", Paths.COMPARE_OPTIONS);
    }

    private void results(PageContent content) {
        content.focusableHeading("options.guide.results", RESULTS);
        for (OptionsGuide.Fit fit : fits) {
            Div option = content.add(new Div());
            option.addClassName("option-fit");
            option.add(new H3(content.text(comparison.card(fit.optionId()).nameKey())));
            if (fit.fitsAll()) {
                option.addClassName("option-fit--fits");
                option.add(new Paragraph(content.text("options.guide.fits")));
            } else {
                List<String> topics = fit.mayNotFit().stream()
                        .map(question -> content.text("options.guide.topic." + question)).toList();
                option.add(new Paragraph(content.text("options.guide.may-not-fit",
                        Map.of("topics", content.list(topics)))));
            }
        }
        content.inset("options.guide.reminder.p1");
        content.link("options.compare.choose-link", Paths.CHOOSE_OPTION);
    }

    private void show() {
        errors.clear();
        Map<String, String> answers = new LinkedHashMap<>();
        questions.forEach((id, group) -> {
            if (group.getValue() != null) {
                answers.put(id, group.getValue());
            }
        });
        if (answers.isEmpty()) {
            fits = null;
            errors.add(questions.values().iterator().next(), "options.guide.error");
            refresh();
            showProblems();
            return;
        }
        fits = guide.fits(answers);
        refresh();
        moveFocusTo(RESULTS);
    }
}
