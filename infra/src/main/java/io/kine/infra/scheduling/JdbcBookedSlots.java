package io.kine.infra.scheduling;

import io.kine.command.scheduling.BookedSlots;
import io.kine.command.scheduling.Slot;
import io.kine.command.scheduling.SlotTaken;
import io.kine.kernel.scheduling.AppointmentId;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code command_model.booked_slot} in PostgreSQL. It runs inside the command's transaction
 * (the aggregate calls it from its handlers), so the rows commit or roll back with the events.
 *
 * <p>A pre-check names the appointment already holding a slot. Two bookings racing past the
 * pre-check meet the exclusion constraint: the loser's insert waits for the winner's commit
 * and fails with SQLState 23P01. The insert runs under a savepoint so that, after the failure,
 * the transaction can still read the winner's row and name it in the same refusal. Rows are
 * inserted in one global order; should PostgreSQL still report a deadlock between two
 * bookings, the victim is answered the same way.
 */
@Component
class JdbcBookedSlots implements BookedSlots {

    private static final String EXCLUSION_VIOLATION = "23P01";
    private static final String DEADLOCK = "40P01";
    /** One order for every transaction, so two bookings never wait on each other's rows in a cycle. */
    private static final Comparator<Slot> LOCK_ORDER = Comparator.comparing(Slot::resource)
            .thenComparing(Slot::resourceId);

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    JdbcBookedSlots(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public void hold(AppointmentId appointment, List<Slot> slots) {
        for (Slot slot : slots) {
            conflict(appointment, slot).ifPresent(taken -> {
                throw taken;
            });
        }
        try {
            savepoint.executeWithoutResult(status -> {
                release(appointment);
                slots.stream().sorted(LOCK_ORDER).forEach(slot -> insert(appointment, slot));
            });
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException refused) {
            if (!isExclusionViolation(refused)) {
                throw refused;
            }
            throw slots.stream().map(slot -> conflict(appointment, slot)).flatMap(Optional::stream).findFirst()
                    // the winner was cancelled in the meantime: the client may simply retry
                    .orElseThrow(() -> new ConcurrencyException("A slot was taken and freed concurrently"));
        }
    }

    @Override
    public Optional<SlotTaken> firstConflict(AppointmentId appointment, List<Slot> slots) {
        return slots.stream().map(slot -> conflict(appointment, slot)).flatMap(Optional::stream).findFirst();
    }

    @Override
    public void release(AppointmentId appointment) {
        jdbc.sql("DELETE FROM command_model.booked_slot WHERE appointment_id = :id").param("id", appointment.value()).update();
    }

    private void insert(AppointmentId appointment, Slot slot) {
        jdbc.sql("""
                INSERT INTO command_model.booked_slot (appointment_id, resource_kind, resource_id, during)
                VALUES (:appointment, :kind, :resource, tstzrange(:start, :end, '[)'))
                """)
                .param("appointment", appointment.value())
                .param("kind", slot.resource().name())
                .param("resource", slot.resourceId())
                .param("start", utc(slot))
                .param("end", slot.end().atOffset(ZoneOffset.UTC))
                .update();
    }

    private Optional<SlotTaken> conflict(AppointmentId appointment, Slot slot) {
        return jdbc.sql("""
                SELECT appointment_id, lower(during) AS starts_at, upper(during) AS ends_at
                FROM command_model.booked_slot
                WHERE resource_kind = :kind AND resource_id = :resource AND appointment_id <> :appointment
                    AND during && tstzrange(:start, :end, '[)')
                ORDER BY lower(during) LIMIT 1
                """)
                .param("kind", slot.resource().name())
                .param("resource", slot.resourceId())
                .param("appointment", appointment.value())
                .param("start", utc(slot))
                .param("end", slot.end().atOffset(ZoneOffset.UTC))
                .query((row, n) -> new SlotTaken(new AppointmentId(row.getObject("appointment_id", UUID.class)),
                        slot.resource(), slot.resourceId(), row.getObject("starts_at", OffsetDateTime.class).toInstant(),
                        row.getObject("ends_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    private static OffsetDateTime utc(Slot slot) {
        return slot.start().atOffset(ZoneOffset.UTC);
    }

    private static boolean isExclusionViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && (EXCLUSION_VIOLATION.equals(sql.getSQLState()) || DEADLOCK.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
