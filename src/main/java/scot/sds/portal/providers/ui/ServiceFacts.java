package scot.sds.portal.providers.ui;

import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import scot.sds.portal.providers.KeyQuestion;
import scot.sds.portal.providers.ServiceRecord;
import scot.sds.portal.providers.ServiceSummary;
import scot.sds.portal.providers.Source;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.TimeConfiguration;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.SummaryList;

/**
 * A service's facts in the page's language, as the search results and the shortlist show them: kind, place, who it
 * is for, grades with their names, ways of paying, languages, cost, phone, when its information was updated, and
 * its inspection reports, and a way to report what is wrong in it.
 */
final class ServiceFacts {

    /** Languages CLDR has no name for: British Sign Language (ISO 639-3 {@code bfi}). */
    private static final Set<String> OWN_NAMES = Set.of("bfi");

    private final PageContent content;
    private final Locale formatsAs;

    ServiceFacts(PageContent content, Locale formatsAs) {
        this.content = content;
        this.formatsAs = formatsAs;
    }

    /** A service as a list item: its name, who runs it, its facts and its inspection reports. */
    ListItem item(ServiceSummary service) {
        ServiceRecord record = service.record();
        ListItem item = new ListItem();
        item.addClassName("search-result");
        item.add(new H3(record.name()));
        if (record.providerName() != null) {
            item.add(new Paragraph(content.text("providers.result.provider", Map.of("provider",
                    record.providerName()))));
        }
        SummaryList facts = new SummaryList();
        facts.row(content.text("providers.result.kind"), content.text("providers.kind." + MessageKeys.part(
                record.kind())));
        facts.row(content.text("providers.result.where"), where(record));
        if (!record.clientGroups().isEmpty()) {
            facts.row(content.text("providers.result.for"), content.list(record.clientGroups().stream().sorted()
                    .map(group -> content.text("providers.group." + MessageKeys.part(group))).toList()));
        }
        facts.row(content.text("providers.result.grades"), grades(record));
        facts.row(content.text("providers.result.pays"), pays(record));
        if (!record.languages().isEmpty()) {
            facts.row(content.text("providers.result.languages"), content.list(record.languages().stream().sorted()
                    .map(code -> language(code)).toList()));
        }
        if (record.cost() != null) {
            facts.row(content.text("providers.result.cost"), record.cost());
        }
        if (record.phone() != null) {
            facts.row(content.text("providers.result.phone"), record.phone());
        }
        facts.row(content.text("providers.result.updated"), updated(service));
        item.add(facts);
        if (service.inspectionPage() != null) {
            item.add(new Paragraph(SummaryList.externalAction(service.inspectionPage(),
                    content.text("providers.result.inspection"), record.name())));
        }
        Anchor report = SummaryList.action(Paths.href(Paths.REPORT_PROBLEM + "/" + service.id()),
                content.text("providers.result.report"), record.name());
        report.addClassName("report-problem");
        item.add(new Paragraph(report));
        return item;
    }

    /** The day the portal last imported a change to the service. */
    String updated(ServiceSummary service) {
        return content.date(service.updated().atZone(TimeConfiguration.LOCAL_ZONE).toLocalDate());
    }

    /** Town, postcode and council area, as many as are known. */
    String where(ServiceRecord record) {
        return String.join(", ", nonBlank(record.town(), record.postcode(), record.councilArea()));
    }

    String grades(ServiceRecord record) {
        if (record.source() != Source.CARE_INSPECTORATE) {
            return content.text("providers.result.not-registered");
        }
        if (record.grades().isEmpty()) {
            return content.text("providers.result.not-graded");
        }
        List<String> each = new ArrayList<>();
        for (KeyQuestion question : KeyQuestion.values()) {
            Integer given = record.grades().get(question);
            if (given != null) {
                each.add(content.text("providers.result.grade", Map.of("question", content.text(
                        "providers.question." + MessageKeys.part(question)), "grade", given, "name",
                        content.text("providers.grade." + given))));
            }
        }
        return content.list(each);
    }

    String pays(ServiceRecord record) {
        List<String> ways = new ArrayList<>();
        if (Boolean.TRUE.equals(record.takesDirectPayments())) {
            ways.add(content.text("providers.search.pays." + SearchParameters.DIRECT_PAYMENTS));
        }
        if (Boolean.TRUE.equals(record.offersIndividualServiceFunds())) {
            ways.add(content.text("providers.search.pays." + SearchParameters.SERVICE_FUNDS));
        }
        return ways.isEmpty() ? content.text("providers.result.pays.ask") : content.list(ways);
    }

    /** A language's name in the page's language, from CLDR, or the portal's own name for one CLDR lacks. */
    String language(String code) {
        if (OWN_NAMES.contains(code)) {
            return content.text("providers.language." + code);
        }
        String name = ULocale.forLanguageTag(code).getDisplayLanguage(ULocale.forLocale(formatsAs));
        return name.isBlank() ? code : name;
    }

    private static List<String> nonBlank(String... values) {
        return Arrays.stream(values).filter(value -> value != null && !value.isBlank())
                .collect(Collectors.toList());
    }
}
