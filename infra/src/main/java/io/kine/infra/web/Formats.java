package io.kine.infra.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and instants as the reader expects them: in their language's style, and instants in
 * the clinic's time zone (stored in UTC, shown in local time). Used by templates as
 * {@code ${@formats.date(...)}}.
 */
@Component("formats")
public class Formats {

    private final ZoneId clinicZone;

    Formats(@Value("${kine.default-time-zone:Europe/Paris}") ZoneId clinicZone) {
        this.clinicZone = clinicZone;
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale()).format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).withZone(clinicZone).format(instant);
    }

    /** Date and time as seen at a location, in its IANA time zone (the clinic's when unknown). */
    public String dateTimeIn(Instant instant, String timeZone) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale())
                .withZone(timeZone == null ? clinicZone : ZoneId.of(timeZone)).format(instant);
    }

    /** The ISO form for {@code <time datetime>}, so machines and screen readers get the exact instant. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
