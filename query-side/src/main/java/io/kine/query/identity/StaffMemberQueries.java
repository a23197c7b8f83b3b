package io.kine.query.identity;

import io.kine.kernel.identity.FindStaffMembers;
import io.kine.kernel.identity.GetStaffMember;
import io.kine.kernel.identity.Role;
import io.kine.kernel.identity.StaffMemberView;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers questions about accounts from {@code read_model.staff_member}, always within one organization. */
@Component
class StaffMemberQueries {

    private final JdbcClient jdbc;

    StaffMemberQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<StaffMemberView> handle(FindStaffMembers query) {
        return jdbc.sql("""
                SELECT * FROM read_model.staff_member WHERE organization_id = :organizationId
                ORDER BY lower(display_name), user_id
                """)
                .param("organizationId", query.organizationId().value())
                .query(StaffMemberQueries::view)
                .list();
    }

    @QueryHandler
    Optional<StaffMemberView> handle(GetStaffMember query) {
        return jdbc.sql("SELECT * FROM read_model.staff_member WHERE organization_id = :organizationId AND user_id = :userId")
                .param("organizationId", query.organizationId().value())
                .param("userId", query.userId().value())
                .query(StaffMemberQueries::view)
                .optional();
    }

    private static StaffMemberView view(ResultSet row, int rowNumber) throws SQLException {
        UUID substituteFor = row.getObject("substitute_for", UUID.class);
        UUID patient = row.getObject("patient_id", UUID.class);
        Date from = row.getDate("substitute_from");
        Date to = row.getDate("substitute_to");
        return new StaffMemberView(new UserId(row.getObject("user_id", UUID.class)),
                new OrganizationId(row.getObject("organization_id", UUID.class)), row.getString("email"),
                row.getString("display_name"), roles(row.getArray("roles")), row.getBoolean("active"),
                row.getBoolean("accepted"), List.of(strings(row.getArray("specialties"))),
                row.getString("license_number"), substituteFor == null ? null : new UserId(substituteFor),
                from == null ? null : from.toLocalDate(), to == null ? null : to.toLocalDate(),
                patient == null ? null : new PatientId(patient), row.getTimestamp("invited_at").toInstant(),
                row.getLong("version"));
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(Arrays.stream(strings(array)).map(Role::valueOf).collect(Collectors.toSet()));
        return roles;
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }
}
