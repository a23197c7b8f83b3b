package io.kine.command.scheduling;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.kine.command.FieldViolation;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.scheduling.AppointmentTypeChanged;
import io.kine.kernel.scheduling.AppointmentTypeDefined;
import io.kine.kernel.scheduling.AppointmentTypeId;
import io.kine.kernel.scheduling.AppointmentTypeServiceChosen;
import io.kine.kernel.scheduling.ChooseAppointmentTypeService;
import io.kine.kernel.scheduling.ChangeAppointmentType;
import io.kine.kernel.scheduling.DefineAppointmentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/** A kind of appointment an organization offers: its name, usual length and calendar colour. */
@Aggregate
class AppointmentType {

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-F]{6}");
    private static final int NAME_MAX = 100;

    @AggregateIdentifier
    private AppointmentTypeId appointmentTypeId;
    private OrganizationId organizationId;
    private Settings settings;
    private ProductId service;

    /** The three things people set, checked and tidied (colours in upper case). */
    record Settings(String name, int durationMinutes, String colour) {

        static Settings checked(String name, int durationMinutes, String colour) {
            List<FieldViolation> violations = new ArrayList<>();
            String tidyName = name == null ? "" : name.strip();
            if (tidyName.isEmpty() || tidyName.length() > NAME_MAX) {
                violations.add(new FieldViolation("name", "appointment.type.invalidName"));
            }
            if (durationMinutes < 5 || durationMinutes > 480) {
                violations.add(new FieldViolation("durationMinutes", "appointment.type.invalidDuration"));
            }
            String tidyColour = colour == null ? "" : colour.strip().toUpperCase(Locale.ROOT);
            if (!COLOUR.matcher(tidyColour).matches()) {
                violations.add(new FieldViolation("colour", "appointment.type.invalidColour"));
            }
            if (!violations.isEmpty()) {
                throw new InvalidAppointment(violations);
            }
            return new Settings(tidyName, durationMinutes, tidyColour);
        }
    }

    AppointmentType() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    AppointmentType(DefineAppointmentType command) {
        Settings checked = Settings.checked(command.name(), command.durationMinutes(), command.colour());
        apply(new AppointmentTypeDefined(command.appointmentTypeId(), command.organizationId(), checked.name(),
                checked.durationMinutes(), checked.colour()));
    }

    @CommandHandler
    long handle(ChangeAppointmentType command) {
        if (!organizationId.equals(command.organizationId())) {
            throw new AppointmentTypeNotFound(appointmentTypeId);
        }
        Settings checked = Settings.checked(command.name(), command.durationMinutes(), command.colour());
        if (!checked.equals(settings)) {
            apply(new AppointmentTypeChanged(appointmentTypeId, organizationId, checked.name(),
                    checked.durationMinutes(), checked.colour()));
        }
        return AggregateLifecycle.getVersion();
    }

    /** Billing's default service for this type; choosing the same one again records nothing. */
    @CommandHandler
    long handle(ChooseAppointmentTypeService command) {
        if (!organizationId.equals(command.organizationId())) {
            throw new AppointmentTypeNotFound(appointmentTypeId);
        }
        if (!Objects.equals(command.productId(), service)) {
            apply(new AppointmentTypeServiceChosen(appointmentTypeId, organizationId, command.productId()));
        }
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(AppointmentTypeDefined event) {
        appointmentTypeId = event.appointmentTypeId();
        organizationId = event.organizationId();
        settings = new Settings(event.name(), event.durationMinutes(), event.colour());
    }

    @EventSourcingHandler
    void on(AppointmentTypeChanged event) {
        settings = new Settings(event.name(), event.durationMinutes(), event.colour());
    }

    @EventSourcingHandler
    void on(AppointmentTypeServiceChosen event) {
        service = event.productId();
    }
}
