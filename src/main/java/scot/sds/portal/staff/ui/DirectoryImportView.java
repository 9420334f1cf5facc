package scot.sds.portal.staff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import scot.sds.portal.providers.BrokenFile;
import scot.sds.portal.providers.ImportReport;
import scot.sds.portal.providers.PastImport;
import scot.sds.portal.providers.Rejection;
import scot.sds.portal.providers.ServiceImporter;
import scot.sds.portal.providers.Source;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.FileField;
import scot.sds.portal.shared.ui.FormPage;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.SummaryList;
import scot.sds.portal.shared.upload.UploadPurpose;
import scot.sds.portal.shared.upload.UploadValidator;

/**
 * Council staff bring the directory up to date: a new Care Inspectorate Datastore file, or an Open Referral UK
 * export from a community directory. The report says what changed and which records were refused, line by line,
 * so the file can be put right; a file that cannot be read changes nothing.
 */
@Route(Paths.STAFF_DIRECTORY_IMPORTS)
@RolesAllowed("STAFF")
public class DirectoryImportView extends FormPage {

    private static final String RESULT = "import-result";
    /** Enough to put a file right; a file refused on every line says so in its count. */
    private static final int MOST_REFUSALS_LISTED = 500;

    private final ServiceImporter importer;
    private final RadioButtonGroup<Source> source = new RadioButtonGroup<>();
    private final FileField file;
    private final long megabytes;
    private ImportReport report;

    public DirectoryImportView(ServiceImporter importer, UploadValidator uploads) {
        super("staff.imports.title");
        this.importer = importer;
        file = new FileField("import-file", uploads, UploadPurpose.DIRECTORY);
        megabytes = uploads.maximumMegabytes(UploadPurpose.DIRECTORY);
        source.setId("import-source");
        source.setItems(Source.values());
    }

    @Override
    protected void render(PageContent content) {
        content.point("staff.imports.intro.p1");
        content.add(errors);
        source.setLabel(content.text("staff.imports.source"));
        source.setItemLabelGenerator(value -> content.text("staff.imports.source." + MessageKeys.part(value)));
        file.setLabel(content.text("staff.imports.file"));
        file.setHelperText(content.text("staff.imports.file.hint", Map.of("megabytes", megabytes)));
        Div form = content.add(new Div(source, file, primaryButton(content.text("staff.imports.button"),
                "import-button", this::importFile)));
        form.addClassName("portal-form");
        if (report != null) {
            result(content);
        }
        recent(content);
    }

    private void result(PageContent content) {
        content.focusableHeading("staff.imports.result.heading", RESULT);
        content.add(new SummaryList()
                .row(content.text("staff.imports.file"), report.fileName())
                .row(content.text("staff.imports.added"), content.number(report.added()))
                .row(content.text("staff.imports.updated"), content.number(report.updated()))
                .row(content.text("staff.imports.unchanged"), content.number(report.unchanged()))
                .row(content.text("staff.imports.rejected"), content.number(report.rejections().size())))
                .addClassName("import-counts");
        if (report.rejections().isEmpty()) {
            return;
        }
        NativeTable table = content.table("staff.imports.refusals.caption", "staff.imports.refusals.line",
                "staff.imports.refusals.why", "staff.imports.refusals.detail");
        table.addClassName("import-refusals");
        List<Rejection> listed = report.rejections().stream().limit(MOST_REFUSALS_LISTED).toList();
        for (Rejection rejection : listed) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(content.number(rejection.line()));
            row.addDataCell().setText(content.text("staff.imports.problem." + MessageKeys.part(rejection.problem())));
            row.addDataCell().setText(rejection.detail() == null ? "" : rejection.detail());
        }
        content.scrolling(table);
        if (report.rejections().size() > listed.size()) {
            content.point("staff.imports.refusals.more.p1", Map.of("count", report.rejections().size()
                    - listed.size()));
        }
    }

    /** The latest imports, so staff can see how old the directory people search is. */
    private void recent(PageContent content) {
        content.heading("staff.imports.recent.heading");
        List<PastImport> imports = importer.recentImports();
        if (imports.isEmpty()) {
            content.point("staff.imports.recent.none.p1");
            return;
        }
        NativeTable table = content.table("staff.imports.recent.caption", "staff.imports.recent.when",
                "staff.imports.source", "staff.imports.file", "staff.imports.added", "staff.imports.updated",
                "staff.imports.unchanged", "staff.imports.rejected");
        table.addClassName("recent-imports");
        for (PastImport past : imports) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(content.dateTime(past.importedAt()));
            row.addDataCell().setText(content.text("staff.imports.source." + MessageKeys.part(past.source())));
            row.addDataCell().setText(past.fileName());
            for (int count : new int[] {past.added(), past.updated(), past.unchanged(), past.rejected()}) {
                row.addDataCell().setText(content.number(count));
            }
        }
        content.scrolling(table);
    }

    private void importFile() {
        errors.clear();
        if (source.getValue() == null) {
            errors.add(source, "staff.imports.error.source");
        }
        if (file.getValue() == null) {
            errors.add(file, "staff.imports.error.file");
        }
        if (errors.hasProblems()) {
            showProblems();
            return;
        }
        try {
            report = importer.importFile(source.getValue(), file.fileName(), file.getValue());
        } catch (BrokenFile broken) {
            report = null;
            errors.add(file, "staff.imports.error." + MessageKeys.part(broken.why()), Map.of("detail",
                    broken.detail()));
            refresh();
            showProblems();
            return;
        }
        file.clear();
        refresh();
        moveFocusTo(RESULT);
    }
}
