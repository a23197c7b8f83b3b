package io.kine.command.scheduling;

import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.BookAppointmentSeries;
import io.kine.kernel.scheduling.Interval;
import io.kine.kernel.scheduling.SeriesBookingMode;
import io.kine.kernel.scheduling.SeriesId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A series booking checked and worked out: its tidy texts, its occurrences and which of them
 * are taken. Each occurrence's appointment id is derived from the series and its start, so the
 * same series always names the same appointments.
 */
record SeriesPlan(SeriesId seriesId, SeriesBookingMode mode, String notes, String overrideReason,
        SeriesSplit<SlotTaken> split) {

    static SeriesPlan of(BookAppointmentSeries command, BookedSlots slots) {
        AppointmentRules.checkRequired("patientId", command.patientId(), "practitionerId", command.practitionerId(),
                "locationId", command.locationId(), "recurrence", command.rule(), "firstStart", command.firstStart(),
                "length", command.length(), "timeZone", command.timeZone());
        checkLength(command.length());
        String notes = AppointmentRules.text("notes", command.notes(), AppointmentRules.NOTES_MAX);
        String override = AppointmentRules.text("overrideReason", command.overrideReason(), AppointmentRules.REASON_MAX);
        List<Interval> occurrences = Recurrences.expand(command.rule(), command.firstStart(), command.length(),
                command.timeZone());
        Parties parties = new Parties(command.patientId(), command.practitionerId(), command.roomId(),
                command.equipmentId());
        SeriesSplit<SlotTaken> split = SeriesBooking.split(occurrences, (start, end) ->
                slots.firstConflict(occurrenceId(command.seriesId(), start), parties.slots(start, end)));
        SeriesBookingMode mode = command.mode() == null ? SeriesBookingMode.ALL_OR_NOTHING : command.mode();
        return new SeriesPlan(command.seriesId(), mode, notes, override, split);
    }

    /** An occurrence lasts as an appointment may: more than nothing, at most twelve hours. */
    static void checkLength(Duration length) {
        Instant anyStart = Instant.EPOCH;
        AppointmentRules.checkTimes(anyStart, anyStart.plus(length));
    }

    AppointmentId occurrenceId(Instant start) {
        return occurrenceId(seriesId, start);
    }

    static AppointmentId occurrenceId(SeriesId series, Instant start) {
        return new AppointmentId(UUID.nameUUIDFromBytes((series + "/" + start).getBytes(StandardCharsets.UTF_8)));
    }
}
