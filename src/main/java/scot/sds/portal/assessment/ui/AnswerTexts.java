package scot.sds.portal.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import scot.sds.portal.access.HelperRole;
import scot.sds.portal.assessment.AnswerKind;
import scot.sds.portal.assessment.AnswerType;
import scot.sds.portal.assessment.GivenAnswer;
import scot.sds.portal.assessment.Question;
import scot.sds.portal.assessment.Voice;
import scot.sds.portal.shared.ui.MessageKeys;

/** An answer and who gave it, in words, in the page's language. */
public final class AnswerTexts {

    private AnswerTexts() {}

    public static String answer(Component page, Question question, GivenAnswer answer) {
        if (answer.kind() != AnswerKind.GIVEN) {
            return special(page, answer.kind());
        }
        if (answer.values().isEmpty()) {
            return page.getTranslation("assessment.check.nothing-added");
        }
        if (question.type() == AnswerType.DATE) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(page.getUI()
                    .map(UI::getLocale).orElseGet(Locale::getDefault))
                    .format(LocalDate.parse(answer.values().getFirst()));
        }
        if (question.type() == AnswerType.SINGLE_CHOICE || question.type() == AnswerType.YES_NO
                || question.type() == AnswerType.SEVERAL_CHOICES) {
            return answer.values().stream().map(value -> page.getTranslation(question.choiceKey(value)))
                    .collect(Collectors.joining("; "));
        }
        return answer.values().getFirst();
    }

    static String special(Component page, AnswerKind kind) {
        return page.getTranslation("assessment.question." + MessageKeys.part(kind));
    }

    /** "Ann Smith, in their own words", "Ann Smith's own words, written down by Aisha Khan (advocate)"... */
    public static String whoSaid(Component page, GivenAnswer answer, String personName) {
        if (answer.givenAs() == null) {
            return page.getTranslation("assessment.check.own-words", Map.of("name", personName));
        }
        Map<String, String> names = Map.of("person", personName, "helper", answer.givenByName(),
                "role", role(page, answer.givenAs()));
        return page.getTranslation(answer.voice() == Voice.OWN_WORDS
                ? "assessment.check.written-down" : "assessment.check.helper-view", (Object) names);
    }

    static String role(Component page, HelperRole role) {
        return page.getTranslation("access.role." + MessageKeys.part(role));
    }
}
