package scot.sds.portal.providers.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import scot.sds.portal.access.CurrentPerson;
import scot.sds.portal.providers.ClientGroup;
import scot.sds.portal.providers.DirectorySearch;
import scot.sds.portal.providers.SearchResults;
import scot.sds.portal.providers.ServiceKind;
import scot.sds.portal.providers.ServiceQuery;
import scot.sds.portal.providers.ServiceSummary;
import scot.sds.portal.providers.ShortlistService;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.TimeConfiguration;
import scot.sds.portal.shared.ui.FormPage;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;

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

    private final DirectorySearch directory;
    private final ShortlistService shortlist;
    private final CurrentPerson currentPerson;
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
    private long personId;
    private Set<Long> shortlisted = Set.of();

    public SearchView(DirectorySearch directory, ShortlistService shortlist, CurrentPerson currentPerson) {
        super("providers.search.title");
        this.directory = directory;
        this.shortlist = shortlist;
        this.currentPerson = currentPerson;
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
        personId = currentPerson.personId().orElseThrow();
        readShortlist();
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
        Anchor yours = content.add(new Anchor(Paths.href(Paths.SHORTLIST), content.text("providers.shortlist.link",
                Map.of("count", shortlisted.size()))));
        yours.setId("your-shortlist");
        if (shortlisted.size() >= ShortlistService.MOST) {
            content.inset("providers.shortlist.full.p1");
        }
        if (results.total() == 0) {
            content.add(new Paragraph(content.text("providers.results.none")));
            return;
        }
        OrderedList list = content.add(new OrderedList());
        list.addClassName("search-results");
        list.getElement().setAttribute("start", String.valueOf(results.page() * ServiceQuery.PAGE_SIZE + 1));
        ServiceFacts facts = new ServiceFacts(content, formatsAs());
        for (ServiceSummary service : results.services()) {
            ListItem item = facts.item(service);
            item.add(shortlistButton(content, service));
            list.add(item);
        }
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
        ServiceFacts facts = new ServiceFacts(content, formatsAs());
        speaks.setItemLabelGenerator(code -> code == null ? "" : facts.language(code));
        form.add(words, area, place, kinds, groups, grade, pays, when, speaks,
                primaryButton(content.text("providers.search.button"), "search-button", this::search));
    }

    /** Adds the service to the shortlist, or takes it off, naming the service for screen readers. */
    private Button shortlistButton(PageContent content, ServiceSummary service) {
        boolean on = shortlisted.contains(service.id());
        String text = content.text(on ? "providers.shortlist.remove" : "providers.shortlist.add");
        String id = "shortlist-" + service.id();
        Button button = new Button(text, click -> {
            if (on) {
                shortlist.remove(personId, service.id());
            } else {
                shortlist.add(personId, service.id());
            }
            readShortlist();
            refresh();
            moveFocusTo(id);
        });
        button.setId(id);
        button.setAriaLabel(text + ": " + service.record().name());
        button.setEnabled(on || shortlisted.size() < ShortlistService.MOST);
        return button;
    }

    private void readShortlist() {
        shortlisted = shortlist.shortlist(personId).stream().map(ServiceSummary::id).collect(Collectors.toSet());
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

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
