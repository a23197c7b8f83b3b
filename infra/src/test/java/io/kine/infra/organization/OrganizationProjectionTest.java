package io.kine.infra.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.organization.AddLocation;
import io.kine.kernel.organization.AddResource;
import io.kine.kernel.organization.CloseLocation;
import io.kine.kernel.organization.FindLocations;
import io.kine.kernel.organization.LocationDetails;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.LocationView;
import io.kine.kernel.organization.OpenLocation;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.RemoveResource;
import io.kine.kernel.organization.RenameResource;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.organization.ResourceKind;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code read_model.organization}, {@code location} and {@code resource} against real PostgreSQL. */
@KineIntegrationTest
class OrganizationProjectionTest {

    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

    @Autowired ApplicationContext context;
    @Autowired SystemCommands commands;
    @Autowired QueryGateway queries;
    @Autowired JdbcClient jdbc;
    @Autowired EventProcessingConfiguration processing;

    OrganizationId clinic;

    @BeforeEach
    void aClinicOfItsOwn() {
        clinic = new TestClinics(context).aClinic().organizationId();
    }

    @Test
    void projectsLocationsWithTheirResourcesAndHidesClosedOnes() {
        LocationId anfa = LocationId.random();
        LocationId maarif = LocationId.random();
        ResourceId room = ResourceId.random();
        commands.send(new AddLocation(clinic, anfa, new LocationDetails("Anfa", "12 bd d'Anfa", "20000", "Casablanca",
                "Maroc", "+212522123456", CASABLANCA)), clinic);
        commands.send(new OpenLocation(clinic, maarif, "Maârif", CASABLANCA), clinic);
        commands.send(new AddResource(clinic, anfa, room, ResourceKind.ROOM, "Salle 1"), clinic);
        commands.send(new AddResource(clinic, anfa, ResourceId.random(), ResourceKind.EQUIPMENT, "Ondes de choc"), clinic);
        commands.send(new RenameResource(clinic, anfa, room, "Salle A"), clinic);
        long last = commands.<Long>send(new CloseLocation(clinic, maarif), clinic);
        awaitVersion(last);

        List<LocationView> open = locations(clinic, false);
        assertThat(open).extracting(l -> l.details().name()).containsExactly("Anfa");
        assertThat(open.get(0).details().phone()).isEqualTo("+212522123456");
        assertThat(open.get(0).resources()).extracting(r -> r.name()).containsExactly("Ondes de choc", "Salle A");
        assertThat(locations(clinic, true)).extracting(LocationView::closed).containsExactly(false, true);
        assertThat(locations(new TestClinics(context).aClinic().organizationId(), true)).isEmpty();
    }

    @Test
    void replayingTheProjectionRebuildsTheSameRows() {
        LocationId anfa = LocationId.random();
        ResourceId room = ResourceId.random();
        commands.send(new OpenLocation(clinic, anfa, "Anfa", CASABLANCA), clinic);
        commands.send(new AddResource(clinic, anfa, room, ResourceKind.ROOM, "Salle 1"), clinic);
        commands.send(new AddResource(clinic, anfa, ResourceId.random(), ResourceKind.ROOM, "Salle 2"), clinic);
        long last = commands.<Long>send(new RemoveResource(clinic, anfa, room), clinic);
        awaitVersion(last);
        List<Map<String, Object>> before = rows();

        replay(last);
        replay(last);

        assertThat(rows()).isEqualTo(before);
        assertThat(locations(clinic, false).get(0).resources()).extracting(r -> r.name()).containsExactly("Salle 2");
    }

    private void replay(long version) {
        PooledStreamingEventProcessor processor = processing
                .eventProcessor("organization", PooledStreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> !processor.isReplaying() && version() == version);
    }

    private List<LocationView> locations(OrganizationId organization, boolean includeClosed) {
        return queries.query(TestClinics.asSystem(new FindLocations(organization, includeClosed), organization),
                ResponseTypes.multipleInstancesOf(LocationView.class)).join();
    }

    /** Every row of the three tables for this clinic, timestamps included. */
    private List<Map<String, Object>> rows() {
        return jdbc.sql("""
                SELECT o.*, l.*, r.* FROM read_model.organization o
                LEFT JOIN read_model.location l USING (organization_id)
                LEFT JOIN read_model.resource r USING (location_id)
                WHERE o.organization_id = :org ORDER BY r.resource_id
                """).param("org", clinic.value()).query().listOfRows();
    }

    private long version() {
        return jdbc.sql("SELECT coalesce(max(version), -1) FROM read_model.organization WHERE organization_id = :org")
                .param("org", clinic.value()).query(Long.class).single();
    }

    private void awaitVersion(long version) {
        await().atMost(Duration.ofSeconds(10)).until(() -> version() >= version);
    }
}
