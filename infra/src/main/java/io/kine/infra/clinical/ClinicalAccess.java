package io.kine.infra.clinical;

import io.kine.command.patients.PatientNotFound;
import io.kine.infra.messaging.ReadModelQueries;
import io.kine.infra.security.KineUser;
import io.kine.kernel.clinical.CaseView;
import io.kine.kernel.identity.Role;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.patients.GetPatient;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.PatientView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Small decisions every clinical controller shares: whose patient, who sees the patient, what day it is. */
@Component
class ClinicalAccess {

    private final ReadModelQueries queries;
    private final Clock clock;
    private final ZoneId clinicZone;

    ClinicalAccess(ReadModelQueries queries, Clock clock, @Value("${kine.default-time-zone:Europe/Paris}") ZoneId clinicZone) {
        this.queries = queries;
        this.clock = clock;
        this.clinicZone = clinicZone;
    }

    /** The patient, if they belong to the caller's organization; otherwise not found. */
    PatientView patient(KineUser user, PatientId patient) {
        return queries.ask(new GetPatient(user.organizationId(), patient), ResponseTypes.optionalInstanceOf(PatientView.class))
                .orElseThrow(() -> new PatientNotFound(patient));
    }

    /** Who sees the patient at a new visit: the caller when they are a practitioner, else the case's practitioner. */
    static UserId visitPractitioner(KineUser user, CaseView caseView) {
        return user.roles().contains(Role.PRACTITIONER) ? user.userId() : caseView.practitionerId();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(clinicZone));
    }
}
