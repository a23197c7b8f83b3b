package io.kine.infra.scheduling;

import io.kine.command.patients.PatientNotFound;
import io.kine.infra.messaging.ReadModelQueries;
import io.kine.infra.security.KineUser;
import io.kine.kernel.patients.GetPatient;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.PatientView;
import io.kine.kernel.scheduling.AppointmentView;
import io.kine.kernel.scheduling.FindPatientAppointments;
import java.time.Clock;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Component;

/** A patient's appointments, for the patient page and the API; the patient must be the caller's clinic's. */
@Component
public class PatientAppointments {

    private final ReadModelQueries queries;
    private final SchedulingReads reads;
    private final Clock clock;

    PatientAppointments(ReadModelQueries queries, SchedulingReads reads, Clock clock) {
        this.queries = queries;
        this.reads = reads;
        this.clock = clock;
    }

    public List<AppointmentView> of(KineUser user, PatientId patient, boolean upcoming, int limit) {
        queries.ask(new GetPatient(user.organizationId(), patient), ResponseTypes.optionalInstanceOf(PatientView.class))
                .orElseThrow(() -> new PatientNotFound(patient));
        return reads.patientAppointments(new FindPatientAppointments(user.organizationId(), patient, upcoming,
                clock.instant(), limit));
    }
}
