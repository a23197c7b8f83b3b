package io.kine.infra.scheduling;

import io.kine.infra.messaging.MessageMetadata;
import io.kine.infra.messaging.ReadModelQueries;
import io.kine.infra.security.KineUser;
import io.kine.infra.security.UserLogins;
import io.kine.infra.web.RequestIds;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.organization.FindLocations;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.LocationView;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.scheduling.AppointmentView;
import io.kine.kernel.scheduling.FindAppointments;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /calendar/feed/{secret}.ics}: a practitioner's appointments for calendar clients,
 * open without login (the secret is the key) and read-only. The feed is read as the practitioner
 * with their roles as they are now, so a practitioner who lost {@code appointment.manage} or
 * whose login is disabled has no feed. An unknown, revoked or replaced secret answers 404.
 */
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{20,100}");
    private static final Duration PAST = Duration.ofDays(31);
    private static final Duration AHEAD = Duration.ofDays(366);

    private final CalendarFeeds feeds;
    private final CalendarFeedWriter writer;
    private final UserLogins logins;
    private final ReadModelQueries queries;
    private final Clock clock;

    CalendarFeedController(CalendarFeeds feeds, CalendarFeedWriter writer, UserLogins logins, ReadModelQueries queries,
            Clock clock) {
        this.feeds = feeds;
        this.writer = writer;
        this.logins = logins;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/calendar/feed/{secret}.ics")
    ResponseEntity<String> feed(@PathVariable String secret) {
        if (!SECRET.matcher(secret).matches()) {
            return ResponseEntity.notFound().build();
        }
        return feeds.open(secret).flatMap(owner -> practitioner(owner.email())
                        .filter(practitioner -> practitioner.can(Permission.APPOINTMENT_MANAGE))
                        .map(practitioner -> body(practitioner, Locale.forLanguageTag(owner.language()))))
                .map(body -> ResponseEntity.ok().contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noStore())
                        .header("X-Robots-Tag", "noindex")
                        .body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private java.util.Optional<KineUser> practitioner(String email) {
        try {
            return java.util.Optional.of(logins.loadUserByUsername(email));
        } catch (UsernameNotFoundException gone) {
            return java.util.Optional.empty();
        }
    }

    private String body(KineUser practitioner, Locale language) {
        OrganizationId organization = practitioner.organizationId();
        Instant now = clock.instant();
        List<AppointmentView> appointments = queries.ask(as(practitioner, new FindAppointments(organization,
                now.minus(PAST), now.plus(AHEAD), practitioner.userId(), null, null)),
                ResponseTypes.multipleInstancesOf(AppointmentView.class));
        Map<LocationId, LocationView> locations = queries.ask(as(practitioner, new FindLocations(organization, true)),
                        ResponseTypes.multipleInstancesOf(LocationView.class)).stream()
                .collect(Collectors.toMap(LocationView::locationId, Function.identity()));
        return writer.write(practitioner.displayName(), appointments, locations, language);
    }

    /** The query as the practitioner sends it, with their current roles: nobody is logged in here. */
    private static Message<?> as(KineUser practitioner, Object query) {
        return GenericMessage.asMessage(query).andMetaData(Map.of(
                MessageMetadata.ACTOR_ID, practitioner.userId().toString(),
                MessageMetadata.ACTOR_ROLES, practitioner.roleNames(),
                MessageMetadata.ORGANIZATION_ID, practitioner.organizationId().toString(),
                MessageMetadata.REQUEST_ID, RequestIds.current()));
    }
}
