package io.kine.infra.audit;

import java.io.PrintStream;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The administrator's verify command: started with {@code --kine.admin.verify-chain=true}, Kine
 * walks every organization's chain, prints one line per organization, and exits with 0 when
 * all are intact, 1 otherwise (so a cron job or a monitoring check can call it).
 */
@Component
class VerifyChainCommand implements ApplicationRunner {

    private final ChainVerifier verifier;
    private final JdbcClient jdbc;
    private final ConfigurableApplicationContext context;
    private final boolean requested;

    VerifyChainCommand(ChainVerifier verifier, JdbcClient jdbc, ConfigurableApplicationContext context,
            @Value("${kine.admin.verify-chain:false}") boolean requested) {
        this.verifier = verifier;
        this.jdbc = jdbc;
        this.context = context;
        this.requested = requested;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (requested) {
            int status = verifyAll(System.out);
            System.exit(SpringApplication.exit(context, () -> status));
        }
    }

    /** Verifies every organization that has a chain; 0 when all are intact. */
    int verifyAll(PrintStream out) {
        List<UUID> organizations = jdbc.sql("SELECT DISTINCT organization_id FROM audit.event_chain ORDER BY 1")
                .query(UUID.class).list();
        boolean intact = true;
        for (UUID organization : organizations) {
            ChainReport report = verifier.verify(organization);
            intact &= report.intact();
            out.println(describe(report));
        }
        out.println(intact ? "chain intact for " + organizations.size() + " organizations" : "CHAIN BROKEN");
        return intact ? 0 : 1;
    }

    static String describe(ChainReport report) {
        if (report.intact()) {
            return "organization " + report.organizationId() + ": intact up to event " + report.lastGlobalIndex()
                    + " (" + report.verifiedLinks() + " links), head hash " + report.headHash()
                    + (report.pendingEvents() > 0 ? ", " + report.pendingEvents() + " newer events not yet chained" : "");
        }
        ChainReport.Breach breach = report.breach();
        return "organization " + report.organizationId() + ": BROKEN at link " + breach.linkNumber() + ", event "
                + breach.globalIndex() + " (" + breach.eventIdentifier() + "): " + breach.problem()
                + "; intact up to link " + report.verifiedLinks();
    }
}
