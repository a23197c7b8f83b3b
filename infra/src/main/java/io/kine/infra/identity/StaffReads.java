package io.kine.infra.identity;

import io.kine.kernel.identity.FindStaffMembers;
import io.kine.kernel.identity.GetStaffMember;
import io.kine.kernel.identity.StaffMemberView;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.GetPatient;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.PatientView;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The staff questions the web layer asks through the query bus, and bounded waiting for read-your-writes. */
@Component
class StaffReads {

    private static final Duration POLL = Duration.ofMillis(10);

    private final QueryGateway queries;
    private final Duration readYourWritesTimeout;

    StaffReads(QueryGateway queries, @Value("${kine.read-your-writes.timeout:PT5S}") Duration readYourWritesTimeout) {
        this.queries = queries;
        this.readYourWritesTimeout = readYourWritesTimeout;
    }

    List<StaffMemberView> find(OrganizationId organization) {
        return join(queries.query(new FindStaffMembers(organization), ResponseTypes.multipleInstancesOf(StaffMemberView.class)));
    }

    Optional<StaffMemberView> get(OrganizationId organization, UserId user) {
        return join(queries.query(new GetStaffMember(organization, user),
                ResponseTypes.optionalInstanceOf(StaffMemberView.class)));
    }

    /** Asked with the caller's permissions: another organization's patient is absent. */
    boolean patientExists(OrganizationId organization, PatientId patient) {
        return join(queries.query(new GetPatient(organization, patient), ResponseTypes.optionalInstanceOf(PatientView.class)))
                .isPresent();
    }

    /** The account once the read model holds at least {@code version}, or what is there after the timeout. */
    Optional<StaffMemberView> awaitVersion(OrganizationId organization, UserId user, long version) {
        long deadline = System.nanoTime() + readYourWritesTimeout.toNanos();
        Optional<StaffMemberView> view = get(organization, user);
        while (view.map(v -> v.version() < version).orElse(true) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return view;
            }
            view = get(organization, user);
        }
        return view;
    }

    private static <T> T join(CompletableFuture<T> result) {
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
