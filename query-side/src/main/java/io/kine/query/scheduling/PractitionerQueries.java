package io.kine.query.scheduling;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.scheduling.FindPractitioners;
import io.kine.kernel.scheduling.PractitionerSummary;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who can be booked: the staff list itself needs {@code staff.manage}, but the front desk must
 * see the practitioners' names to fill the calendar.
 */
@Component
class PractitionerQueries {

    private final JdbcClient jdbc;

    PractitionerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<PractitionerSummary> handle(FindPractitioners query) {
        return jdbc.sql("""
                SELECT user_id, display_name FROM read_model.staff_member
                WHERE organization_id = :organizationId AND active AND 'PRACTITIONER' = ANY(roles)
                ORDER BY lower(display_name), user_id
                """)
                .param("organizationId", query.organizationId().value())
                .query((row, n) -> new PractitionerSummary(new UserId(row.getObject("user_id", UUID.class)),
                        row.getString("display_name")))
                .list();
    }
}
