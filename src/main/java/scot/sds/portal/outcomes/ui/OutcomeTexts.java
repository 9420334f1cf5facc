package scot.sds.portal.outcomes.ui;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.Component;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import scot.sds.portal.assessment.Voice;
import scot.sds.portal.outcomes.NationalOutcome;
import scot.sds.portal.outcomes.PersonalOutcome;
import scot.sds.portal.shared.ui.MessageKeys;

/** An outcome's name, priority, national outcomes and writer, in the page's language. */
final class OutcomeTexts {

    private OutcomeTexts() {}

    static String name(Component page, PersonalOutcome outcome) {
        return outcome.talkingPoint().map(point -> page.getTranslation(point.nameKey()))
                .orElseGet(() -> page.getTranslation("outcomes.own.name"));
    }

    static String priority(Component page, PersonalOutcome outcome) {
        return page.getTranslation("outcomes.priority." + MessageKeys.part(outcome.priority()));
    }

    /** "Health and wellbeing", in the language's own way of joining a list. */
    static String national(Component page, Locale locale, PersonalOutcome outcome) {
        Stream<String> names = Stream.of(NationalOutcome.values()).filter(outcome.national()::contains)
                .map(national -> page.getTranslation("outcomes.national." + MessageKeys.part(national)));
        return ListFormatter.getInstance(ULocale.forLocale(new Locale.Builder().setLocale(locale).setVariant("")
                .build())).format(names.toList());
    }

    static String writtenBy(Component page, PersonalOutcome outcome, String personName) {
        if (outcome.givenAs() == null) {
            return page.getTranslation("outcomes.written.person", Map.of("name", personName));
        }
        Map<String, String> names = Map.of("person", personName, "helper", outcome.givenByName(),
                "role", page.getTranslation("access.role." + MessageKeys.part(outcome.givenAs())));
        return page.getTranslation(outcome.voice() == Voice.OWN_WORDS ? "outcomes.written.for-person"
                : "outcomes.written.helper", (Object) names);
    }
}
