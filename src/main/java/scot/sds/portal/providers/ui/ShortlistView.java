package scot.sds.portal.providers.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import scot.sds.portal.access.CurrentPerson;
import scot.sds.portal.providers.KeyQuestion;
import scot.sds.portal.providers.ServiceSummary;
import scot.sds.portal.providers.ShortlistService;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.FormPage;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;

/**
 * "Your shortlist": the services the person chose, which go to the council with their assessment, and two or three
 * of them side by side in a table with a header for each service and each fact.
 */
@Route(Paths.SHORTLIST)
@PermitAll
public class ShortlistView extends FormPage implements BeforeEnterObserver {

    private static final String COMPARISON = "comparison";

    private final ShortlistService shortlist;
    private final CurrentPerson currentPerson;
    private final CheckboxGroup<Long> choice = new CheckboxGroup<>();
    private long personId;
    private List<ServiceSummary> services = List.of();
    private List<ServiceSummary> compared = List.of();

    public ShortlistView(ShortlistService shortlist, CurrentPerson currentPerson) {
        super("providers.shortlist.title");
        this.shortlist = shortlist;
        this.currentPerson = currentPerson;
        choice.setId("compare-choice");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        personId = currentPerson.personId().orElseThrow();
        read();
    }

    @Override
    protected void render(PageContent content) {
        content.add(errors);
        if (services.isEmpty()) {
            content.point("providers.shortlist.empty.p1");
            content.startLink("providers.search.title", Paths.FIND_SUPPORT);
            return;
        }
        content.point("providers.shortlist.intro.p1");
        ServiceFacts facts = new ServiceFacts(content, formatsAs());
        OrderedList list = content.add(new OrderedList());
        list.addClassName("search-results");
        for (ServiceSummary service : services) {
            ListItem item = facts.item(service);
            String text = content.text("providers.shortlist.remove");
            Button remove = new Button(text, click -> {
                shortlist.remove(personId, service.id());
                read();
                refresh();
            });
            remove.setId("remove-" + service.id());
            remove.setAriaLabel(text + ": " + service.record().name());
            item.add(remove);
            list.add(item);
        }
        if (services.size() >= 2) {
            choice.setLabel(content.text("providers.compare.choose"));
            // Setting the items clears the choice, which must survive the page being built again.
            List<Long> ids = services.stream().map(ServiceSummary::id).toList();
            Set<Long> kept = choice.getValue().stream().filter(ids::contains).collect(Collectors.toSet());
            choice.setItems(ids);
            choice.setValue(kept);
            choice.setItemLabelGenerator(id -> name(id));
            Div form = content.add(new Div(choice, primaryButton(content.text("providers.compare.button"),
                    "compare-button", this::compare)));
            form.addClassName("portal-form");
        }
        if (!compared.isEmpty()) {
            comparison(content, facts);
        }
        content.link("providers.search.title", Paths.FIND_SUPPORT);
    }

    private void compare() {
        errors.clear();
        List<ServiceSummary> chosen = services.stream().filter(service -> choice.getValue().contains(service.id()))
                .toList();
        if (chosen.size() < 2 || chosen.size() > 3) {
            compared = List.of();
            errors.add(choice, "providers.compare.error");
            refresh();
            showProblems();
            return;
        }
        compared = chosen;
        refresh();
        moveFocusTo(COMPARISON);
    }

    /** The chosen services as columns, each fact a row headed in its first cell. */
    private void comparison(PageContent content, ServiceFacts facts) {
        content.focusableHeading("providers.compare.heading", COMPARISON);
        NativeTable table = content.add(new NativeTable());
        table.addClassNames("audit-table", "comparison-table");
        table.setCaptionText(content.text("providers.compare.caption"));
        NativeTableRow header = table.getHead().addRow();
        header.addHeaderCell();
        compared.forEach(service -> header.addHeaderCell().setText(service.record().name()));
        header.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        row(table, content.text("providers.result.kind"), service -> content.text("providers.kind."
                + MessageKeys.part(service.record().kind())));
        row(table, content.text("providers.result.where"), service -> facts.where(service.record()));
        for (KeyQuestion question : KeyQuestion.values()) {
            row(table, content.text("providers.question." + MessageKeys.part(question)), service -> {
                Integer grade = service.grades().get(question);
                return grade == null ? "–" : content.text("providers.compare.grade", Map.of("grade", grade,
                        "name", content.text("providers.grade." + grade)));
            });
        }
        row(table, content.text("providers.result.pays"), service -> facts.pays(service.record()));
        row(table, content.text("providers.result.phone"), service -> text(service.record().phone()));
        row(table, content.text("providers.result.updated"), facts::updated);
    }

    private void row(NativeTable table, String heading, Function<ServiceSummary, String> value) {
        NativeTableRow row = table.getBody().addRow();
        NativeTableHeaderCell head = row.addHeaderCell();
        head.setText(heading);
        head.getElement().setAttribute("scope", "row");
        compared.forEach(service -> row.addDataCell().setText(value.apply(service)));
    }

    private void read() {
        services = shortlist.shortlist(personId);
        compared = compared.stream().filter(services::contains).toList();
    }

    private String name(long id) {
        return services.stream().filter(service -> service.id() == id).findFirst()
                .map(service -> service.record().name()).orElse("");
    }

    private static String text(String value) {
        return value == null ? "–" : value;
    }
}
