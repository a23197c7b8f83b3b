package io.kine.infra.scheduling;

import io.kine.command.scheduling.FreeSlots;
import io.kine.command.scheduling.PractitionerCalendar;
import io.kine.command.scheduling.SlotSearch;
import io.kine.infra.security.KineUser;
import io.kine.infra.web.InvalidRequest;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.scheduling.AvailableSlot;
import io.kine.kernel.scheduling.FindPractitionerAvailability;
import io.kine.kernel.scheduling.PractitionerAvailability;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/free-slots}: the next free slots of a practitioner, or of any practitioner with
 * weekly hours at the location, on the days {@code from} to {@code to} (in the location's zone),
 * respecting weekly hours, exceptions, time off and every live booking; none in the past.
 */
@RestController
@RequestMapping("/api/free-slots")
@PreAuthorize("hasAuthority('appointment.manage')")
class FreeSlotApiController {

    static final int MOST_SLOTS = 200;

    record SlotJson(UUID practitionerId, String practitionerName, String start, String end) {
    }

    record SlotsJson(String timeZone, List<SlotJson> data) {
    }

    private final SchedulingReads reads;
    private final Clock clock;

    FreeSlotApiController(SchedulingReads reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    /** {@code duration} and {@code step} as minutes ({@code 45}) or ISO-8601 ({@code PT45M}); {@code step} defaults to 15 minutes. */
    @GetMapping
    SlotsJson find(@RequestParam UUID locationId, @RequestParam String duration, @RequestParam String from,
            @RequestParam String to, @RequestParam(required = false) UUID practitionerId,
            @RequestParam(required = false) String step, @RequestParam(defaultValue = "20") int limit,
            @AuthenticationPrincipal KineUser user) {
        LocationId location = new LocationId(locationId);
        UserId practitioner = practitionerId == null ? null : new UserId(practitionerId);
        String[] notAsked = practitioner == null ? new String[] {"patientId", "practitionerId"} : new String[] {"patientId"};
        ZoneId zone = ZoneId.of(reads.timeZoneOfParties(user.organizationId(), null, practitioner, location, null, null,
                null, notAsked));
        SlotSearch search = new SlotSearch(date("from", from), date("to", to), zone, minutes("duration", duration),
                step == null ? Duration.ofMinutes(15) : minutes("step", step), Math.min(limit, MOST_SLOTS),
                clock.instant());
        List<PractitionerAvailability> found = reads.availability(new FindPractitionerAvailability(user.organizationId(),
                location, practitioner, search.firstDay(), search.lastDay()));
        Map<UserId, String> names = found.stream()
                .collect(Collectors.toMap(PractitionerAvailability::practitionerId, PractitionerAvailability::practitionerName));
        // without weekly hours at the location, nobody can say when a practitioner is free there
        List<PractitionerCalendar> calendars = found.stream().filter(a -> a.weekly() != null)
                .map(a -> Calendars.of(a, zone)).toList();
        List<AvailableSlot> slots = calendars.isEmpty() ? List.of() : FreeSlots.forAnyOf(calendars, search);
        return new SlotsJson(zone.getId(), slots.stream().map(slot -> new SlotJson(slot.practitionerId().value(),
                names.get(slot.practitionerId()), slot.time().start().atZone(zone).toOffsetDateTime().toString(),
                slot.time().end().atZone(zone).toOffsetDateTime().toString())).toList());
    }

    private static LocalDate date(String field, String text) {
        return parse(field, text, LocalDate::parse, "slotSearch.invalidDate");
    }

    private static Duration minutes(String field, String text) {
        return parse(field, text, value -> value.chars().allMatch(Character::isDigit)
                ? Duration.ofMinutes(Long.parseLong(value)) : Duration.parse(value), "slotSearch.invalidDuration");
    }

    private static <T> T parse(String field, String text, Function<String, T> parser, String messageKey) {
        try {
            return parser.apply(text.strip());
        } catch (DateTimeParseException | NumberFormatException | ArithmeticException malformed) {
            throw new InvalidRequest(field, messageKey);
        }
    }
}
