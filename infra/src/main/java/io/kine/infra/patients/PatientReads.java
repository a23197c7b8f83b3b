package io.kine.infra.patients;

import io.kine.infra.messaging.ReadModelQueries;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.FindPatients;
import io.kine.kernel.patients.FindPossibleDuplicatePatients;
import io.kine.kernel.patients.GetPatient;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.PatientPage;
import io.kine.kernel.patients.PatientSummary;
import io.kine.kernel.patients.PatientView;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Component;

/**
 * The patient questions the web layer asks, through the query bus (so permission checks and
 * metadata apply), and read-your-writes: waiting, bounded, until a change has been projected.
 */
@Component
class PatientReads {

    private final ReadModelQueries queries;

    PatientReads(ReadModelQueries queries) {
        this.queries = queries;
    }

    PatientPage find(FindPatients query) {
        return queries.ask(query, ResponseTypes.instanceOf(PatientPage.class));
    }

    Optional<PatientView> get(OrganizationId organization, PatientId patient) {
        return queries.ask(new GetPatient(organization, patient), ResponseTypes.optionalInstanceOf(PatientView.class));
    }

    List<PatientSummary> possibleDuplicates(OrganizationId organization, PatientDetails details, PatientId excluding) {
        return queries.ask(new FindPossibleDuplicatePatients(organization, details.firstName(),
                details.lastName(), details.dateOfBirth(), excluding), ResponseTypes.multipleInstancesOf(PatientSummary.class));
    }

    /**
     * The patient once the read model holds at least {@code version}. Projections usually
     * catch up within milliseconds; if they lag past the timeout the caller gets what is
     * there, which is still correct, only older.
     */
    Optional<PatientView> awaitVersion(OrganizationId organization, PatientId patient, long version) {
        return queries.awaitUntil(() -> get(organization, patient), view -> view.map(v -> v.version() >= version).orElse(false));
    }

}
