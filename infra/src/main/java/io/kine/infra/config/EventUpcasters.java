package io.kine.infra.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kine.kernel.scheduling.AppointmentNotesChanged;
import io.kine.kernel.scheduling.AppointmentScheduled;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Old shapes of events brought to their current revision as they are read, so aggregates and
 * projections only ever see the current records. Each upcaster is tested against JSON of the
 * old shape ({@code EventUpcastingTest}).
 */
final class EventUpcasters {

    private EventUpcasters() {
    }

    static EventUpcasterChain chain() {
        return new EventUpcasterChain(new AppointmentScheduledToRevision2(), new AppointmentNotesChangedToRevision2());
    }

    /**
     * Revision 2 of {@link AppointmentNotesChanged} names the patient whose key seals the notes;
     * revision 1 carried none, so its notes stay in clear and its patient is null (the vault
     * leaves an event without a subject as it is).
     */
    static final class AppointmentNotesChangedToRevision2 extends SingleEventUpcaster {

        private static final SimpleSerializedType REVISION_1 =
                new SimpleSerializedType(AppointmentNotesChanged.class.getName(), "1");
        private static final SimpleSerializedType REVISION_2 =
                new SimpleSerializedType(AppointmentNotesChanged.class.getName(), "2");

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation event) {
            return REVISION_1.equals(event.getType());
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
            return event.upcastPayload(REVISION_2, JsonNode.class, payload -> {
                ((ObjectNode) payload).putNull("patientId");
                return payload;
            });
        }
    }

    /** Revision 2 of {@link AppointmentScheduled} names the series of an occurrence: revision 1 bookings had none. */
    static final class AppointmentScheduledToRevision2 extends SingleEventUpcaster {

        private static final SimpleSerializedType REVISION_1 =
                new SimpleSerializedType(AppointmentScheduled.class.getName(), "1");
        private static final SimpleSerializedType REVISION_2 =
                new SimpleSerializedType(AppointmentScheduled.class.getName(), "2");

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation event) {
            return REVISION_1.equals(event.getType());
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
            return event.upcastPayload(REVISION_2, JsonNode.class, payload -> {
                ((ObjectNode) payload).putNull("seriesId");
                return payload;
            });
        }
    }
}
