package scot.sds.portal.providers.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import scot.sds.portal.assessment.ui.CheckAnswersPart;
import scot.sds.portal.providers.ServiceSummary;
import scot.sds.portal.providers.ShortlistService;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.SummaryList;

/** On "Check your answers": the services the person shortlisted, as the council will receive them. */
@Component
@Order(2)
class ShortlistOnCheckAnswers implements CheckAnswersPart {

    private final ShortlistService shortlist;

    ShortlistOnCheckAnswers(ShortlistService shortlist) {
        this.shortlist = shortlist;
    }

    @Override
    public void addTo(PageContent content, long personId) {
        content.heading("providers.check.heading");
        SummaryList list = content.add(new SummaryList());
        list.addClassName("shortlist-summary");
        List<ServiceSummary> services = shortlist.shortlist(personId);
        if (services.isEmpty()) {
            String yours = content.text("providers.shortlist.title");
            list.row(yours, new Paragraph(content.text("providers.check.none")), SummaryList.action(
                    Paths.href(Paths.FIND_SUPPORT), content.text("providers.search.title"), yours));
            return;
        }
        for (ServiceSummary service : services) {
            String name = service.record().name();
            String kind = content.text("providers.kind." + MessageKeys.part(service.record().kind()));
            String place = service.record().town() == null ? kind : kind + ", " + service.record().town();
            list.row(name, new Paragraph(place), SummaryList.action(Paths.href(Paths.SHORTLIST),
                    content.text("providers.check.change"), name));
        }
    }
}
