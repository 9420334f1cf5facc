package scot.sds.portal.access.ui;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.Component;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import scot.sds.portal.access.HelperRole;
import scot.sds.portal.access.LegalBasis;
import scot.sds.portal.access.RelationshipStatus;
import scot.sds.portal.access.Scope;
import scot.sds.portal.shared.ui.MessageKeys;

/** The words for helpers' roles, legal bases, statuses and what they can do, in the page's language. */
final class HelperTexts {

    private HelperTexts() {}

    static String role(Component page, HelperRole role) {
        return page.getTranslation("access.role." + MessageKeys.part(role));
    }

    static String basis(Component page, LegalBasis basis) {
        return page.getTranslation("access.basis." + MessageKeys.part(basis));
    }

    static String status(Component page, RelationshipStatus status) {
        return page.getTranslation("access.status." + MessageKeys.part(status));
    }

    /** What a helper can do, as a list in the language's own way ("see, answer and send"). */
    static String abilities(Component page, Locale locale, Set<Scope> scopes) {
        Stream<String> abilities = Stream.of(Scope.values()).filter(scopes::contains)
                .map(scope -> page.getTranslation("access.can." + MessageKeys.part(scope)));
        return ListFormatter.getInstance(ULocale.forLocale(new Locale.Builder().setLocale(locale).setVariant("")
                .build())).format(abilities.toList());
    }
}
