package io.kine.infra.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.kine.infra.audit.InMemorySubjectKeys;
import io.kine.kernel.scheduling.AppointmentNotesChanged;
import io.kine.kernel.scheduling.AppointmentScheduled;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/** Events written in an older shape are read as the current records. */
class EventUpcastingTest {

    private final Serializer serializer = new AxonSerialization().eventSerializer(new InMemorySubjectKeys());

    /** An AppointmentScheduled as revision 1 wrote it, before series existed. */
    static final String SCHEDULED_REVISION_1 = """
            {"appointmentId":"44444444-4444-4444-4444-444444444444",
             "organizationId":"11111111-1111-1111-1111-111111111111",
             "patientId":"22222222-2222-2222-2222-222222222222",
             "practitionerId":"33333333-3333-3333-3333-333333333333",
             "locationId":"66666666-6666-6666-6666-666666666666","roomId":null,"equipmentId":null,
             "start":"2030-01-07T09:00:00Z","end":"2030-01-07T09:30:00Z","appointmentTypeId":null,
             "notes":"genou","overrideReason":null}
            """;

    @Test
    void readsARevisionOneBookingAsOneInNoSeries() {
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>("Appointment",
                "44444444-4444-4444-4444-444444444444", 0, "event-1", Instant.parse("2029-12-01T10:00:00Z"),
                AppointmentScheduled.class.getName(), "1", SCHEDULED_REVISION_1, "{}");

        List<IntermediateEventRepresentation> upcast = EventUpcasters.chain()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();

        assertThat(upcast).singleElement().satisfies(event -> {
            assertThat(event.getType().getRevision()).isEqualTo("2");
            AppointmentScheduled scheduled = serializer.deserialize(event.getData());
            assertThat(scheduled.seriesId()).isNull();
            assertThat(scheduled.notes()).isEqualTo("genou");
            assertThat(scheduled.start()).isEqualTo(Instant.parse("2030-01-07T09:00:00Z"));
        });
    }

    /** Revision 1 notes named no patient: they are read in clear with a null patient. */
    @Test
    void readsRevisionOneNotesInClearWithoutAPatient() {
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>("Appointment",
                "44444444-4444-4444-4444-444444444444", 1, "event-3", Instant.parse("2029-12-01T10:00:00Z"),
                AppointmentNotesChanged.class.getName(), "1", """
                {"appointmentId":"44444444-4444-4444-4444-444444444444",
                 "organizationId":"11111111-1111-1111-1111-111111111111","notes":"apporter les radios"}
                """, "{}");

        List<IntermediateEventRepresentation> upcast = EventUpcasters.chain()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();

        assertThat(upcast).singleElement().satisfies(event -> {
            assertThat(event.getType().getRevision()).isEqualTo("2");
            AppointmentNotesChanged changed = serializer.deserialize(event.getData());
            assertThat(changed.patientId()).isNull();
            assertThat(changed.notes()).isEqualTo("apporter les radios");
        });
    }

    @Test
    void leavesTheCurrentRevisionAlone() {
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>("Appointment",
                "44444444-4444-4444-4444-444444444444", 0, "event-2", Instant.parse("2029-12-01T10:00:00Z"),
                AppointmentScheduled.class.getName(), "2", SCHEDULED_REVISION_1.replace("\"overrideReason\":null",
                        "\"overrideReason\":null,\"seriesId\":\"55555555-5555-5555-5555-555555555555\""), "{}");

        List<IntermediateEventRepresentation> read = EventUpcasters.chain()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();

        AppointmentScheduled scheduled = serializer.deserialize(read.get(0).getData());
        assertThat(scheduled.seriesId().value().toString()).isEqualTo("55555555-5555-5555-5555-555555555555");
    }
}
