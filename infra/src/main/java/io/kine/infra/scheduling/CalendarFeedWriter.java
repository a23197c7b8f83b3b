package io.kine.infra.scheduling;

import io.kine.kernel.organization.LocationView;
import io.kine.kernel.organization.ResourceView;
import io.kine.kernel.scheduling.AppointmentStatus;
import io.kine.kernel.scheduling.AppointmentView;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a practitioner's appointments as an iCalendar (RFC 5545) feed with ical4j. Times are
 * UTC instants, which every client converts to its own zone. Personal data is kept to what a
 * practitioner's phone needs: the patient as initials (or the full name when the clinic sets
 * {@code kine.calendar.feed.patient-names=full}), the type, place and status; never notes,
 * contact details or anything clinical. Cancelled appointments are left out.
 */
@Component
class CalendarFeedWriter {

    private final MessageSource messages;
    private final Clock clock;
    private final boolean fullNames;

    CalendarFeedWriter(MessageSource messages, Clock clock,
            @Value("${kine.calendar.feed.patient-names:initials}") String patientNames) {
        this.messages = messages;
        this.clock = clock;
        this.fullNames = "full".equalsIgnoreCase(patientNames.strip());
    }

    String write(String practitionerName, List<AppointmentView> appointments, Map<?, LocationView> locations,
            Locale language) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Kine//Calendar feed//" + language.getLanguage().toUpperCase(Locale.ROOT)));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", messages.getMessage("feed.calendarName",
                new Object[] {practitionerName}, language)));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT15M"));
        Instant now = clock.instant();
        appointments.stream().filter(a -> a.status() != AppointmentStatus.CANCELLED)
                .forEach(a -> calendar.add(event(a, locations.get(a.locationId()), language, now)));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException impossible) {
            throw new IllegalStateException("The feed is built from valid parts", impossible);
        }
        return out.toString();
    }

    private VEvent event(AppointmentView appointment, LocationView location, Locale language, Instant now) {
        String summary = Stream.of(patientLabel(appointment.patientName()), appointment.typeName())
                .filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(" · "));
        VEvent event = new VEvent(appointment.start(), appointment.end(), summary);
        event.add(new Uid(appointment.appointmentId().value() + "@kine"));
        event.replace(new DtStamp(now));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, appointment.version())));
        event.add(ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Description(messages.getMessage(CalendarMessages.statusKey(appointment.status()), null, language)));
        if (location != null) {
            event.add(new Location(place(location, appointment)));
        }
        return event;
    }

    private static String place(LocationView location, AppointmentView appointment) {
        List<String> parts = new ArrayList<>(List.of(location.details().name()));
        location.resources().stream().filter(r -> r.resourceId().equals(appointment.roomId())).map(ResourceView::name)
                .findFirst().ifPresent(parts::add);
        return String.join(", ", parts);
    }

    /** "Amina Benali" -> "A. B.", unless the clinic chose full names. */
    String patientLabel(String name) {
        if (name == null || name.isBlank() || fullNames) {
            return name;
        }
        return Stream.of(name.strip().split("[\\s-]+")).filter(part -> !part.isEmpty())
                .map(part -> part.codePoints().limit(1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + ".")
                .collect(Collectors.joining(" "));
    }
}
