package scot.sds.portal.access;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --verify-audit} on the command line: recomputes the audit chain, prints what it found and stops the
 * portal, with exit status 0 if the chain is intact and 1 if not.
 */
@Component
class VerifyAuditCommand implements ApplicationRunner {

    static final String OPTION = "verify-audit";

    private final AuditChain chain;
    private final ConfigurableApplicationContext context;

    VerifyAuditCommand(AuditChain chain, ConfigurableApplicationContext context) {
        this.chain = chain;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (arguments.containsOption(OPTION)) {
            int status = verify(System.out);
            System.exit(SpringApplication.exit(context, () -> status));
        }
    }

    /** Prints the check and returns the exit status. */
    int verify(PrintStream out) {
        AuditChainCheck check = chain.check();
        out.printf("%d audit entries checked%n", check.entriesChecked());
        if (check.intact()) {
            out.println("audit chain intact");
            return 0;
        }
        out.printf("audit chain broken at entry %d%n", check.firstBrokenEntryId());
        return 1;
    }
}
