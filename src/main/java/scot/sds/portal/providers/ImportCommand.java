package scot.sds.portal.providers;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Imports files given on the command line, prints what each import did, and stops the portal:
 * {@code --import-care-inspectorate=<file.csv>} and {@code --import-open-referral=<file.json>}.
 */
@Component
class ImportCommand implements ApplicationRunner {

    static final String CARE_INSPECTORATE = "import-care-inspectorate";
    static final String OPEN_REFERRAL = "import-open-referral";

    private final ServiceImporter importer;
    private final ConfigurableApplicationContext context;

    ImportCommand(ServiceImporter importer, ConfigurableApplicationContext context) {
        this.importer = importer;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> careInspectorate = values(arguments, CARE_INSPECTORATE);
        List<String> openReferral = values(arguments, OPEN_REFERRAL);
        if (careInspectorate.isEmpty() && openReferral.isEmpty()) {
            return;
        }
        boolean allRead = careInspectorate.stream().allMatch(file -> run(Source.CARE_INSPECTORATE, file, System.out))
                & openReferral.stream().allMatch(file -> run(Source.OPEN_REFERRAL, file, System.out));
        int status = SpringApplication.exit(context, () -> allRead ? 0 : 1);
        System.exit(status);
    }

    /** Imports one file and prints its report; false if it could not be imported at all. */
    boolean run(Source source, String file, PrintStream out) {
        Path path = Path.of(file);
        try {
            ImportReport report = importer.importFromCommandLine(source, path.getFileName().toString(),
                    Files.readAllBytes(path));
            out.printf("%s: %d added, %d updated, %d unchanged, %d rejected%n", file, report.added(),
                    report.updated(), report.unchanged(), report.rejections().size());
            report.rejections().forEach(rejection -> out.printf("  line %d: %s (%s)%n", rejection.line(),
                    rejection.problem(), rejection.detail()));
            return true;
        } catch (IOException | BrokenFile e) {
            out.printf("%s: not imported, nothing changed: %s%n", file, e.getMessage());
            return false;
        }
    }

    private static List<String> values(ApplicationArguments arguments, String name) {
        List<String> values = arguments.getOptionValues(name);
        return values == null ? List.of() : values;
    }
}
