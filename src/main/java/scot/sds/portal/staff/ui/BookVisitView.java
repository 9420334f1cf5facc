package scot.sds.portal.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import scot.sds.portal.handoff.CaseDetail;
import scot.sds.portal.handoff.CaseworkService;
import scot.sds.portal.handoff.ui.CaseProblems;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.DateInput;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;

/** Booking the assessment: a visit at home or the office, or a call, with the date, time, place and who. */
@Route(Paths.STAFF_CASES + "/:" + CaseActionPage.REFERENCE + "/" + BookVisitView.STEP)
@RolesAllowed("STAFF")
public class BookVisitView extends CaseActionPage {

    static final String STEP = "book-assessment";

    /** Appointments start on the half hour through the working day. */
    private static final List<LocalTime> TIMES = Stream.iterate(LocalTime.of(8, 0), time -> time.plusMinutes(30))
            .limit(22).toList();

    private final DateInput date = new DateInput("visit-date");
    private final Select<LocalTime> time = new Select<>();
    private final RadioButtonGroup<CaseDetail.VisitKind> how = new RadioButtonGroup<>();
    private final TextField place = new TextField();
    private final TextField who = new TextField();

    public BookVisitView(CaseworkService casework) {
        super("staff.visit.title", casework);
        time.setId("visit-time");
        time.setItems(TIMES);
        how.setId("visit-how");
        how.setItems(CaseDetail.VisitKind.values());
        place.setId("visit-place");
        place.setMaxLength(200);
        who.setId("visit-who");
        who.setMaxLength(200);
    }

    @Override
    protected List<Component> form(PageContent content) {
        date.setLabel(content.text("staff.visit.date"));
        date.setHelperText(content.text("staff.visit.date.hint"));
        time.setLabel(content.text("staff.visit.time"));
        time.setItemLabelGenerator(content::time);
        how.setLabel(content.text("staff.visit.how"));
        how.setItemLabelGenerator(value -> content.text("handoff.visit." + MessageKeys.part(value)));
        place.setLabel(content.text("staff.visit.place"));
        place.setHelperText(content.text("staff.visit.place.hint"));
        who.setLabel(content.text("staff.visit.who"));
        who.setHelperText(content.text("staff.visit.who.hint"));
        return List.of(date, time, how, place, who, primaryButton(content.text("staff.visit.send"), "visit-send",
                this::send));
    }

    private void send() {
        if (date.state() == DateInput.State.NOT_A_DATE) {
            errors.clear();
            errors.add(date, "staff.visit.error.not-a-date");
            showProblems();
            return;
        }
        CaseDetail.Visit visit = new CaseDetail.Visit(date.date().orElse(null), time.getValue(), how.getValue(),
                place.getValue(), who.getValue());
        taken(casework.bookVisit(reference, visit), problem -> CaseProblems.add(errors, switch (problem) {
            case DATE_MISSING, DATE_PAST -> date;
            case TIME_MISSING -> time;
            case HOW_MISSING -> how;
            case PLACE_MISSING -> place;
            default -> who;
        }, problem));
    }
}
