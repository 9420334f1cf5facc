package scot.sds.portal.records.ui;

import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import scot.sds.portal.records.RecordsService;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.i18n.Languages;
import scot.sds.portal.shared.pdf.PdfWriter;
import scot.sds.portal.shared.ui.PageContent;

/** For council staff answering a person's request for their information: the same copy the person can take. */
@Route(Paths.STAFF_PERSON_INFORMATION)
@RolesAllowed("STAFF")
public class PersonInformationView extends RecordsPage implements HasUrlParameter<Long> {

    public PersonInformationView(RecordsService records, Languages languages, PdfWriter pdfWriter) {
        super("records.staff.title", records, languages, pdfWriter);
    }

    @Override
    public void setParameter(BeforeEvent event, Long personId) {
        open(personId);
    }

    @Override
    protected void render(PageContent content) {
        content.point("records.staff.p1");
        showCopy(content);
    }
}
