package io.kine.query.billing;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts the billing events applied per organization in {@code read_model.billing_generation},
 * in the same transaction as the changes they made: cached billing figures keyed on an older
 * number are never read again. Within a batch the counts are added once, just before the
 * batch commits and in organization order, so two segments never wait on each other's rows in
 * opposite orders. Built on the projection's own {@link JdbcClient}, so a rebuild counts into
 * its shadow table (one event at a time, with no unit of work).
 */
final class BillingGeneration {

    private static final String PENDING = BillingGeneration.class.getName() + ".pending";

    private final JdbcClient jdbc;

    BillingGeneration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void bump(UUID organization) {
        if (!CurrentUnitOfWork.isStarted()) {
            add(organization, 1);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        Map<UUID, Integer> pending = batch.getOrComputeResource(PENDING, key -> {
            Map<UUID, Integer> counts = new TreeMap<>();
            batch.onPrepareCommit(done -> counts.forEach(this::add));
            return counts;
        });
        pending.merge(organization, 1, Integer::sum);
    }

    private void add(UUID organization, int events) {
        jdbc.sql("""
                INSERT INTO read_model.billing_generation (organization_id, generation) VALUES (:organization, :events)
                ON CONFLICT (organization_id)
                    DO UPDATE SET generation = read_model.billing_generation.generation + EXCLUDED.generation
                """)
                .param("organization", organization).param("events", events).update();
    }
}
