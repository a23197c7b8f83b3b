package io.kine.query.identity;

import io.kine.kernel.identity.InvitationAccepted;
import io.kine.kernel.identity.PatientAccountLinked;
import io.kine.kernel.identity.PractitionerProfileUpdated;
import io.kine.kernel.identity.Role;
import io.kine.kernel.identity.RoleGranted;
import io.kine.kernel.identity.RoleRevoked;
import io.kine.kernel.identity.StaffMemberInvited;
import io.kine.kernel.identity.SubstituteFlagged;
import io.kine.kernel.identity.UserAccountCreated;
import io.kine.kernel.identity.UserDeactivated;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.identity.UserReactivated;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code read_model.staff_member} in step with the accounts' events. Every update is
 * guarded by the event's sequence number, so a replay or a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(StaffMemberProjection.PROCESSING_GROUP)
class StaffMemberProjection {

    static final String PROCESSING_GROUP = "staff_member";

    private final JdbcClient jdbc;

    StaffMemberProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UserAccountCreated event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        insert(event.userId(), event.organizationId().value(), event.email(), event.displayName(), event.roles(), true,
                version, occurredAt);
    }

    @EventHandler
    void on(StaffMemberInvited event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        insert(event.userId(), event.organizationId().value(), event.email(), event.displayName(), event.roles(), false,
                version, occurredAt);
    }

    @EventHandler
    void on(InvitationAccepted event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        update(event.userId(), "accepted = TRUE", Map.of(), version, occurredAt);
    }

    @EventHandler
    void on(RoleGranted event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        update(event.userId(), "roles = ARRAY(SELECT DISTINCT unnest(roles || :role::text) ORDER BY 1)",
                Map.of("role", event.role().name()), version, occurredAt);
    }

    @EventHandler
    void on(RoleRevoked event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        update(event.userId(), "roles = array_remove(roles, :role::text)", Map.of("role", event.role().name()), version,
                occurredAt);
    }

    @EventHandler
    void on(UserDeactivated event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        update(event.userId(), "active = FALSE", Map.of(), version, occurredAt);
    }

    @EventHandler
    void on(UserReactivated event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        update(event.userId(), "active = TRUE", Map.of(), version, occurredAt);
    }

    @EventHandler
    void on(PractitionerProfileUpdated event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        update(event.userId(), "specialties = string_to_array(:specialties, chr(31)), license_number = :licenseNumber",
                nullable("specialties", String.join("\u001f", event.specialties()), "licenseNumber",
                        event.licenseNumber()), version, occurredAt);
    }

    @EventHandler
    void on(SubstituteFlagged event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        update(event.userId(), "substitute_for = :replaces, substitute_from = :from, substitute_to = :to",
                Map.of("replaces", event.replaces().value(), "from", java.sql.Date.valueOf(event.from()),
                        "to", java.sql.Date.valueOf(event.to())), version, occurredAt);
    }

    @EventHandler
    void on(PatientAccountLinked event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        update(event.userId(), "patient_id = :patientId", Map.of("patientId", event.patientId().value()), version,
                occurredAt);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE read_model.staff_member").update();
    }

    private void insert(UserId user, UUID organization, String email, String displayName, Set<Role> roles,
            boolean accepted, long version, Instant occurredAt) {
        jdbc.sql("""
                INSERT INTO read_model.staff_member (user_id, organization_id, email, display_name, roles, active,
                    accepted, invited_at, updated_at, version)
                VALUES (:userId, :organizationId, :email, :displayName, string_to_array(:roles, ','), TRUE,
                    :accepted, :at, :at, :version)
                ON CONFLICT (user_id) DO NOTHING
                """)
                .param("userId", user.value())
                .param("organizationId", organization)
                .param("email", email)
                .param("displayName", displayName)
                .param("roles", String.join(",", roles.stream().map(Role::name).sorted().toList()))
                .param("accepted", accepted)
                .param("at", Timestamp.from(occurredAt))
                .param("version", version)
                .update();
    }

    /** {@code assignments} is fixed SQL from this class; values travel as parameters. */
    private void update(UserId user, String assignments, Map<String, ?> values, long version, Instant occurredAt) {
        jdbc.sql("UPDATE read_model.staff_member SET " + assignments
                        + ", updated_at = :at, version = :version WHERE user_id = :userId AND version < :version")
                .params(values)
                .param("userId", user.value())
                .param("at", Timestamp.from(occurredAt))
                .param("version", version)
                .update();
    }

    private static Map<String, Object> nullable(String key1, Object value1, String key2, Object value2) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put(key1, value1);
        values.put(key2, value2);
        return values;
    }
}
