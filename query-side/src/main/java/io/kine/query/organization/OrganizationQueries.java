package io.kine.query.organization;

import io.kine.kernel.organization.FindLocations;
import io.kine.kernel.organization.GetOrganization;
import io.kine.kernel.organization.LegalIdentifiers;
import io.kine.kernel.organization.LocationDetails;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.LocationView;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.OrganizationView;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.organization.ResourceKind;
import io.kine.kernel.organization.ResourceView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers questions about the caller's organization and its locations, never another's. */
@Component
class OrganizationQueries {

    private final JdbcClient jdbc;

    OrganizationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<OrganizationView> handle(GetOrganization query) {
        return jdbc.sql("SELECT * FROM read_model.organization WHERE organization_id = :organizationId")
                .param("organizationId", query.organizationId().value())
                .query(OrganizationQueries::organization)
                .optional();
    }

    /** Locations by name, each with its resources by name: two queries, whatever the number of locations. */
    @QueryHandler
    List<LocationView> handle(FindLocations query) {
        Map<UUID, List<ResourceView>> resources = jdbc.sql("""
                SELECT * FROM read_model.resource WHERE organization_id = :organizationId
                ORDER BY lower(name), resource_id
                """)
                .param("organizationId", query.organizationId().value())
                .query((row, n) -> Map.entry(row.getObject("location_id", UUID.class), resource(row)))
                .stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(ArrayList::new))));
        return jdbc.sql("SELECT * FROM read_model.location WHERE organization_id = :organizationId"
                        + (query.includeClosed() ? "" : " AND NOT closed") + " ORDER BY lower(name), location_id")
                .param("organizationId", query.organizationId().value())
                .query((row, n) -> location(row, resources.getOrDefault(row.getObject("location_id", UUID.class),
                        List.of())))
                .list();
    }

    private static OrganizationView organization(ResultSet row, int rowNumber) throws SQLException {
        return new OrganizationView(new OrganizationId(row.getObject("organization_id", UUID.class)),
                row.getString("name"),
                new LegalIdentifiers(row.getString("legal_name"), row.getString("siret"), row.getString("rpps"),
                        row.getString("ice"), row.getString("tax_id"), row.getString("trade_register")),
                row.getString("currency"), Locale.forLanguageTag(row.getString("default_locale")),
                row.getLong("version"));
    }

    private static LocationView location(ResultSet row, List<ResourceView> resources) throws SQLException {
        return new LocationView(new LocationId(row.getObject("location_id", UUID.class)),
                new LocationDetails(row.getString("name"), row.getString("street"), row.getString("postal_code"),
                        row.getString("city"), row.getString("country"), row.getString("phone"),
                        ZoneId.of(row.getString("time_zone"))),
                row.getBoolean("closed"), resources);
    }

    private static ResourceView resource(ResultSet row) throws SQLException {
        return new ResourceView(new ResourceId(row.getObject("resource_id", UUID.class)),
                ResourceKind.valueOf(row.getString("kind")), row.getString("name"));
    }
}
