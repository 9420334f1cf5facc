package scot.sds.portal.providers.openreferral;

import com.vaadin.flow.i18n.I18NProvider;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import scot.sds.portal.providers.ClientGroup;
import scot.sds.portal.providers.KeyQuestion;
import scot.sds.portal.providers.ServiceKind;
import scot.sds.portal.providers.ServiceRecord;

/**
 * The portal's own taxonomy, in whose terms the API says what kind of support a service gives, who it is for, what
 * it offers and which key questions the Care Inspectorate graded. Codes are those the portal's taxonomy file reads,
 * so a directory importing this API reads the same terms back; names are the portal's English texts; ids are made
 * from the codes, so they never change.
 */
@Component
class Vocabulary {

    /**
     * A term and what it means to the portal: a {@link ServiceKind}, {@link ClientGroup}, {@link Offer}, or the
     * {@link KeyQuestion} a grade is given for.
     */
    record Term(UUID id, String code, String name, String taxonomy, Enum<?> meaning) {

        Hsds.TaxonomyTerm hsds() {
            // HSDS asks every term for a description; the portal's terms say all they mean in their names.
            return new Hsds.TaxonomyTerm(id, code, name, name, taxonomy);
        }
    }

    private final Map<Enum<?>, Term> byMeaning = new HashMap<>();
    private final Map<UUID, Term> byId = new HashMap<>();

    Vocabulary(I18NProvider texts) {
        for (ServiceKind kind : ServiceKind.values()) {
            if (kind != ServiceKind.OTHER) {
                add(texts, kind, "kind", code(kind), "providers.search.kinds", "providers.kind." + code(kind));
            }
        }
        for (ClientGroup group : ClientGroup.values()) {
            add(texts, group, "client-group", code(group), "providers.search.groups",
                    "providers.group." + code(group));
        }
        for (Offer offer : Offer.values()) {
            add(texts, offer, "offer", offer.code(), offer.taxonomyKey(), offer.nameKey());
        }
        for (KeyQuestion question : KeyQuestion.values()) {
            add(texts, question, "grade", code(question), "providers.search.grade",
                    "providers.question." + code(question));
        }
    }

    /** The terms that describe a service: its kind, client groups, offers, and the key questions graded last. */
    List<Term> describing(ServiceRecord service) {
        List<Term> terms = new ArrayList<>();
        // A service of no kind people search for (OTHER) has no kind term; the API never shows one.
        Optional.ofNullable(byMeaning.get(service.kind())).ifPresent(terms::add);
        service.clientGroups().stream().sorted().map(byMeaning::get).forEach(terms::add);
        for (Offer offer : Offer.values()) {
            if (offer.offeredBy(service)) {
                terms.add(byMeaning.get(offer));
            }
        }
        service.grades().keySet().stream().sorted().map(byMeaning::get).forEach(terms::add);
        return terms;
    }

    Optional<Term> term(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    private void add(I18NProvider texts, Enum<?> meaning, String facet, String code, String taxonomyKey,
            String nameKey) {
        UUID id = UUID.nameUUIDFromBytes(("sds-portal/taxonomy-term/" + facet + "/" + code)
                .getBytes(StandardCharsets.UTF_8));
        Term term = new Term(id, code, texts.getTranslation(nameKey, Locale.ENGLISH),
                texts.getTranslation(taxonomyKey, Locale.ENGLISH), meaning);
        byMeaning.put(meaning, term);
        byId.put(id, term);
    }

    /** An enum's value as the portal's taxonomy file writes it: CARE_AT_HOME is care-at-home. */
    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
