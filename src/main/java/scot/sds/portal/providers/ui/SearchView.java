package scot.sds.portal.providers.ui;

import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import scot.sds.portal.providers.ClientGroup;
import scot.sds.portal.providers.DirectorySearch;
import scot.sds.portal.providers.KeyQuestion;
import scot.sds.portal.providers.SearchResults;
import scot.sds.portal.providers.ServiceKind;
import scot.sds.portal.providers.ServiceQuery;
import scot.sds.portal.providers.ServiceRecord;
import scot.sds.portal.providers.ServiceSummary;
import scot.sds.portal.providers.Source;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.TimeConfiguration;
import scot.sds.portal.shared.ui.FormPage;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.SummaryList;

/**
 * "Find support": registered care services and community support, filtered as the person chooses, as a list (not
 * a grid) that screen readers read in order, in pages, each service with its grades, when its information was last
 * updated and a link to its inspection reports. The search is the page's address, so back and bookmarks work.
 */
@Route(Paths.FIND_SUPPORT)
@PermitAll
public class SearchView extends FormPage implements BeforeEnterObserver {

    private static final String RESULTS = "search-results";
    /** The grades a person may ask for at least; 0 is any grade. */
    private static final List<Integer> MINIMUMS = List.of(0, 3, 4, 5, 6);
    /** Languages CLDR has no name for: British Sign Language (ISO 639-3 {@code bfi}). */
    private static final Set<String> OWN_NAMES = Set.of("bfi");

    private final DirectorySearch directory;
    private final TextField words = new TextField();
    private final Select<String> area = new Select<>();
    private final TextField place = new TextField();
    private final CheckboxGroup<ServiceKind> kinds = new CheckboxGroup<>();
    private final CheckboxGroup<ClientGroup> groups = new CheckboxGroup<>();
    private final RadioButtonGroup<Integer> grade = new RadioButtonGroup<>();
    private final CheckboxGroup<String> pays = new CheckboxGroup<>();
    private final CheckboxGroup<String> when = new CheckboxGroup<>();
    private final Select<String> speaks = new Select<>();
    private ServiceQuery query = ServiceQuery.everything();
    private SearchResults results;

    public SearchView(DirectorySearch directory) {
        super("providers.search.title");
        this.directory = directory;
        words.setId("search-words");
        words.setMaxLength(200);
        area.setId("search-area");
        area.setEmptySelectionAllowed(true);
        place.setId("search-place");
        place.setMaxLength(60);
        kinds.setId("search-kinds");
        kinds.setItems(EnumSet.complementOf(EnumSet.of(ServiceKind.OTHER)));
        groups.setId("search-groups");
        groups.setItems(ClientGroup.values());
        grade.setId("search-grade");
        grade.setItems(MINIMUMS);
        pays.setId("search-pays");
        pays.setItems(SearchParameters.DIRECT_PAYMENTS, SearchParameters.SERVICE_FUNDS);
        when.setId("search-when");
        when.setItems(SearchParameters.EVENINGS, SearchParameters.WEEKENDS);
        speaks.setId("search-speaks");
        speaks.setEmptySelectionAllowed(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        query = SearchParameters.read(parameters);
        results = directory.search(query);
        List<String> areas = directory.councilAreas();
        List<String> languages = directory.languages();
        area.setItems(areas);
        speaks.setItems(languages);
        words.setValue(text(query.text()));
        area.setValue(areas.contains(query.councilArea()) ? query.councilArea() : null);
        place.setValue(text(query.place()));
        kinds.setValue(query.kinds());
        groups.setValue(query.clientGroups());
        grade.setValue(query.minimumGrade() == null ? 0 : query.minimumGrade());
        pays.setValue(chosen(query.takesDirectPayments(), SearchParameters.DIRECT_PAYMENTS,
                query.offersIndividualServiceFunds(), SearchParameters.SERVICE_FUNDS));
        when.setValue(chosen(query.outOfHours(), SearchParameters.EVENINGS, query.weekends(),
                SearchParameters.WEEKENDS));
        speaks.setValue(languages.contains(query.language()) ? query.language() : null);
        if (isAttached()) {
            refresh();
        }
    }

    @Override
    protected void render(PageContent content) {
        content.point("providers.search.intro.p1");
        form(content);
        content.focusableHeading("providers.results.heading", RESULTS);
        content.add(new Paragraph(content.text("providers.results.count", Map.of("count", results.total()))))
                .addClassName("results-count");
        directory.lastImported().forEach((source, time) -> content.add(new Paragraph(content.text(
                "providers.updated." + MessageKeys.part(source), Map.of("date",
                        content.date(time.atZone(TimeConfiguration.LOCAL_ZONE).toLocalDate()))))));
        if (results.total() == 0) {
            content.add(new Paragraph(content.text("providers.results.none")));
            return;
        }
        OrderedList list = content.add(new OrderedList());
        list.addClassName("search-results");
        list.getElement().setAttribute("start", String.valueOf(results.page() * ServiceQuery.PAGE_SIZE + 1));
        results.services().forEach(service -> list.add(result(content, service)));
        pages(content);
    }

    private void form(PageContent content) {
        Div form = content.add(new Div());
        form.addClassNames("portal-form", "search-filters");
        words.setLabel(content.text("providers.search.words"));
        words.setHelperText(content.text("providers.search.words.hint"));
        area.setLabel(content.text("providers.search.area"));
        area.setEmptySelectionCaption(content.text("providers.search.area.any"));
        place.setLabel(content.text("providers.search.place"));
        place.setHelperText(content.text("providers.search.place.hint"));
        kinds.setLabel(content.text("providers.search.kinds"));
        kinds.setItemLabelGenerator(kind -> content.text("providers.kind." + MessageKeys.part(kind)));
        groups.setLabel(content.text("providers.search.groups"));
        groups.setItemLabelGenerator(group -> content.text("providers.group." + MessageKeys.part(group)));
        grade.setLabel(content.text("providers.search.grade"));
        grade.setHelperText(content.text("providers.search.grade.hint"));
        grade.setItemLabelGenerator(minimum -> content.text("providers.minimum." + (minimum == 0 ? "any" : minimum)));
        pays.setLabel(content.text("providers.search.pays"));
        pays.setItemLabelGenerator(option -> content.text("providers.search.pays." + option));
        when.setLabel(content.text("providers.search.when"));
        when.setItemLabelGenerator(option -> content.text("providers.search.when." + option));
        speaks.setLabel(content.text("providers.search.speaks"));
        speaks.setEmptySelectionCaption(content.text("providers.search.speaks.any"));
        // The empty choice, "any language", is labelled by its caption.
        speaks.setItemLabelGenerator(code -> code == null ? "" : language(content, code));
        form.add(words, area, place, kinds, groups, grade, pays, when, speaks,
                primaryButton(content.text("providers.search.button"), "search-button", this::search));
    }

    private ListItem result(PageContent content, ServiceSummary service) {
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
        facts.row(content.text("providers.result.where"), String.join(", ", nonBlank(record.town(),
                record.postcode(), record.councilArea())));
        if (!record.clientGroups().isEmpty()) {
            facts.row(content.text("providers.result.for"), content.list(record.clientGroups().stream().sorted()
                    .map(group -> content.text("providers.group." + MessageKeys.part(group))).toList()));
        }
        facts.row(content.text("providers.result.grades"), grades(content, record));
        facts.row(content.text("providers.result.pays"), pays(content, record));
        if (!record.languages().isEmpty()) {
            facts.row(content.text("providers.result.languages"), content.list(record.languages().stream().sorted()
                    .map(code -> language(content, code)).toList()));
        }
        if (record.cost() != null) {
            facts.row(content.text("providers.result.cost"), record.cost());
        }
        if (record.phone() != null) {
            facts.row(content.text("providers.result.phone"), record.phone());
        }
        facts.row(content.text("providers.result.updated"), content.date(service.updated().atZone(TimeConfiguration.LOCAL_ZONE)
                .toLocalDate()));
        item.add(facts);
        if (service.inspectionPage() != null) {
            item.add(new Paragraph(external(service.inspectionPage(), content.text("providers.result.inspection"),
                    record.name())));
        }
        return item;
    }

    private String grades(PageContent content, ServiceRecord record) {
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

    private String pays(PageContent content, ServiceRecord record) {
        List<String> ways = new ArrayList<>();
        if (Boolean.TRUE.equals(record.takesDirectPayments())) {
            ways.add(content.text("providers.search.pays." + SearchParameters.DIRECT_PAYMENTS));
        }
        if (Boolean.TRUE.equals(record.offersIndividualServiceFunds())) {
            ways.add(content.text("providers.search.pays." + SearchParameters.SERVICE_FUNDS));
        }
        return ways.isEmpty() ? content.text("providers.result.pays.ask") : content.list(ways);
    }

    /** Previous and next pages, and where this page is, as GOV.UK's pagination. */
    private void pages(PageContent content) {
        if (results.pages() <= 1) {
            return;
        }
        Nav nav = content.add(new Nav());
        nav.addClassName("pagination");
        nav.getElement().setAttribute("aria-label", content.text("providers.pages.label"));
        if (results.page() > 0) {
            nav.add(pageLink(content.text("providers.pages.previous"), results.page() - 1, "page-previous"));
        }
        nav.add(new Span(content.text("providers.pages.of", Map.of("page", results.page() + 1, "pages",
                results.pages()))));
        if (results.page() + 1 < results.pages()) {
            nav.add(pageLink(content.text("providers.pages.next"), results.page() + 1, "page-next"));
        }
    }

    private Anchor pageLink(String text, int page, String id) {
        Anchor link = new Anchor(Paths.href(Paths.FIND_SUPPORT) + "?"
                + SearchParameters.write(query.onPage(page)).getQueryString(), text);
        link.setId(id);
        return link;
    }

    private void search() {
        ServiceQuery asked = new ServiceQuery(area.getValue(), place.getValue(), kinds.getValue(), groups.getValue(),
                grade.getValue() == null || grade.getValue() == 0 ? null : grade.getValue(),
                pays.getValue().contains(SearchParameters.DIRECT_PAYMENTS),
                pays.getValue().contains(SearchParameters.SERVICE_FUNDS),
                speaks.getValue(), when.getValue().contains(SearchParameters.EVENINGS),
                when.getValue().contains(SearchParameters.WEEKENDS), words.getValue(), 0);
        UI.getCurrent().navigate(Paths.FIND_SUPPORT, SearchParameters.write(asked));
        moveFocusTo(RESULTS);
    }

    /** A link that opens another site in a new tab, saying so, and naming the service for screen readers. */
    private static Anchor external(String href, String text, String about) {
        Anchor link = SummaryList.action(href, text, about);
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener");
        return link;
    }

    /** A language's name in the page's language, from CLDR, or the portal's own name for one CLDR lacks. */
    private String language(PageContent content, String code) {
        if (OWN_NAMES.contains(code)) {
            return content.text("providers.language." + code);
        }
        String name = ULocale.forLanguageTag(code).getDisplayLanguage(ULocale.forLocale(formatsAs()));
        return name.isBlank() ? code : name;
    }

    private static Set<String> chosen(boolean one, String oneValue, boolean other, String otherValue) {
        Set<String> values = new HashSet<>();
        if (one) {
            values.add(oneValue);
        }
        if (other) {
            values.add(otherValue);
        }
        return values;
    }

    private static List<String> nonBlank(String... values) {
        return Arrays.stream(values).filter(value -> value != null && !value.isBlank())
                .collect(Collectors.toList());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
