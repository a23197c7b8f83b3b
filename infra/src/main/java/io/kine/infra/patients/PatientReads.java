package io.kine.infra.patients;

import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.FindPatients;
import io.kine.kernel.patients.FindPossibleDuplicatePatients;
import io.kine.kernel.patients.GetPatient;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.PatientPage;
import io.kine.kernel.patients.PatientSummary;
import io.kine.kernel.patients.PatientView;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The patient questions the web layer asks, through the query bus (so permission checks and
 * metadata apply), and read-your-writes: waiting, bounded, until a change has been projected.
 */
@Component
class PatientReads {

    private static final Duration POLL = Duration.ofMillis(10);

    private final QueryGateway queries;
    private final Duration readYourWritesTimeout;

    PatientReads(QueryGateway queries, @Value("${kine.read-your-writes.timeout:PT5S}") Duration readYourWritesTimeout) {
        this.queries = queries;
        this.readYourWritesTimeout = readYourWritesTimeout;
    }

    PatientPage find(FindPatients query) {
        return join(queries.query(query, ResponseTypes.instanceOf(PatientPage.class)));
    }

    Optional<PatientView> get(OrganizationId organization, PatientId patient) {
        return join(queries.query(new GetPatient(organization, patient), ResponseTypes.optionalInstanceOf(PatientView.class)));
    }

    List<PatientSummary> possibleDuplicates(OrganizationId organization, PatientDetails details, PatientId excluding) {
        return join(queries.query(new FindPossibleDuplicatePatients(organization, details.firstName(),
                details.lastName(), details.dateOfBirth(), excluding), ResponseTypes.multipleInstancesOf(PatientSummary.class)));
    }

    /**
     * The patient once the read model holds at least {@code version}. Projections usually
     * catch up within milliseconds; if they lag past the timeout the caller gets what is
     * there, which is still correct, only older.
     */
    Optional<PatientView> awaitVersion(OrganizationId organization, PatientId patient, long version) {
        long deadline = System.nanoTime() + readYourWritesTimeout.toNanos();
        Optional<PatientView> view = get(organization, patient);
        while (view.map(v -> v.version() < version).orElse(true) && System.nanoTime() < deadline) {
            pause();
            view = get(organization, patient);
        }
        return view;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Query results arrive as futures; a refusal inside travels as the cause. */
    private static <T> T join(java.util.concurrent.CompletableFuture<T> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
