package io.kine.infra.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kine.infra.security.KineUser;
import io.kine.kernel.patients.PatientId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The auditor's pages: event browser, one event's raw JSON, a record's history and state as of, access log, chain. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAuthority('audit.read')")
class AuditController {

    static final String EVENTS_VIEW = "audit/events";
    static final String EVENT_VIEW = "audit/event";
    static final String RECORD_VIEW = "audit/record";
    static final String ACCESS_VIEW = "audit/access";
    static final String VERIFY_VIEW = "audit/verify";
    static final String DIGEST_VIEW = "audit/digest";
    static final String NOT_FOUND_VIEW = "audit/not-found";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditEvents events;
    private final EventHistory history;
    private final EventTypes types;
    private final AccessLogBrowser accessLog;
    private final ChainVerifier verifier;
    private final DailyDigest digest;
    private final ChartAccessLog chartLog;
    private final JdbcClient jdbc;
    private final ZoneId zone;

    AuditController(AuditEvents events, EventHistory history, EventTypes types, AccessLogBrowser accessLog,
            ChainVerifier verifier, DailyDigest digest, ChartAccessLog chartLog, JdbcClient jdbc,
            @Value("${kine.default-time-zone:Europe/Paris}") ZoneId zone) {
        this.events = events;
        this.history = history;
        this.types = types;
        this.accessLog = accessLog;
        this.verifier = verifier;
        this.digest = digest;
        this.chartLog = chartLog;
        this.jdbc = jdbc;
        this.zone = zone;
    }

    @ModelAttribute("entityTypes")
    Object entityTypes() {
        return types.aggregateNames();
    }

    @ModelAttribute("eventTypes")
    Object eventTypes() {
        return types.eventNames();
    }

    @GetMapping
    String index() {
        return "redirect:/audit/events";
    }

    @GetMapping("/events")
    String events(@ModelAttribute("filters") AuditParameters parameters, @AuthenticationPrincipal KineUser user,
            Model model) {
        AuditEvents.Page page;
        try {
            page = events.page(parameters.toFilter(user.organizationId().value(), zone, types), parameters.pageSize());
        } catch (io.kine.infra.web.InvalidRequest invalid) {
            model.addAttribute("filterError", invalid.messageKey());
            page = new AuditEvents.Page(List.of(), null, null);
        }
        model.addAttribute("page", page);
        model.addAttribute("zone", zone.getId());
        return EVENTS_VIEW;
    }

    @GetMapping("/events/{globalIndex}")
    String event(@PathVariable long globalIndex, @AuthenticationPrincipal KineUser user, Model model) throws Exception {
        CanonicalEvent event = jdbc.sql("SELECT " + CanonicalEvent.COLUMNS + " FROM domain_event_entry "
                        + "WHERE global_index = :index AND meta_data::jsonb ->> 'organizationId' = :org")
                .param("index", globalIndex).param("org", user.organizationId().toString())
                .query((row, n) -> CanonicalEvent.from(row)).optional().orElseThrow(RecordNotFound::new);
        var writer = JSON.writerWithDefaultPrettyPrinter();
        model.addAttribute("event", event);
        model.addAttribute("eventType", EventHistory.simpleName(event.payloadType()));
        model.addAttribute("occurredAt", Instant.parse(event.timeStamp()));
        model.addAttribute("payload", writer.writeValueAsString(history.payload(event)));
        model.addAttribute("metaData", writer.writeValueAsString(JSON.readTree(event.metaData())));
        model.addAttribute("link", jdbc.sql("SELECT link_number, encode(link_hash, 'hex') AS hash FROM audit.event_chain "
                        + "WHERE global_index = :index")
                .param("index", globalIndex).query((row, n) -> new Object[] {row.getLong(1), row.getString(2)})
                .optional().orElse(null));
        logPatientHistory(chartLog, user, event.aggregateType(), event.aggregateIdentifier(), ChartAccessLog.Channel.WEB);
        return EVENT_VIEW;
    }

    @GetMapping("/records/{id}")
    String record(@PathVariable String id, @RequestParam(required = false) String at,
            @AuthenticationPrincipal KineUser user, Model model) {
        List<HistoryEntry> entries = history.of(user.organizationId().value(), id);
        if (entries.isEmpty()) {
            throw new RecordNotFound();
        }
        model.addAttribute("recordId", id);
        model.addAttribute("recordType", entries.get(0).aggregateType());
        model.addAttribute("history", entries);
        model.addAttribute("at", at);
        if (AuditParameters.blank(at) != null) {
            try {
                model.addAttribute("state", history.asOf(user.organizationId().value(), id,
                        AuditParameters.instant("at", at, zone, false)).orElseThrow());
            } catch (io.kine.infra.web.InvalidRequest invalid) {
                model.addAttribute("atError", invalid.messageKey());
            }
        }
        logPatientHistory(chartLog, user, entries.get(0).aggregateType(), id, ChartAccessLog.Channel.WEB);
        return RECORD_VIEW;
    }

    @GetMapping("/access")
    String access(@ModelAttribute("filters") AuditParameters parameters, @AuthenticationPrincipal KineUser user,
            Model model) {
        AccessLogBrowser.Page page;
        try {
            page = accessLog.page(parameters.toAccessFilter(user.organizationId().value(), zone), parameters.pageSize());
        } catch (io.kine.infra.web.InvalidRequest invalid) {
            model.addAttribute("filterError", invalid.messageKey());
            page = new AccessLogBrowser.Page(List.of(), null);
        }
        model.addAttribute("page", page);
        return ACCESS_VIEW;
    }

    @GetMapping("/verify")
    String verifyPage() {
        return VERIFY_VIEW;
    }

    @PostMapping("/verify")
    String verify(@AuthenticationPrincipal KineUser user, Model model) {
        model.addAttribute("report", verifier.verify(user.organizationId().value()));
        return VERIFY_VIEW;
    }

    @GetMapping("/digest")
    String digest(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @AuthenticationPrincipal KineUser user, Model model) {
        LocalDate last = to == null ? LocalDate.now(zone) : to;
        LocalDate first = from == null ? last.minusDays(30) : from;
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("zone", zone.getId());
        model.addAttribute("days", digest.days(user.organizationId().value(), first, last, zone));
        return DIGEST_VIEW;
    }

    @ExceptionHandler(RecordNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return NOT_FOUND_VIEW;
    }

    /** Reading a patient's history is reading their chart: it goes in the access log. */
    static void logPatientHistory(ChartAccessLog log, KineUser user, String aggregateType, String id,
            ChartAccessLog.Channel channel) {
        if ("Patient".equals(aggregateType)) {
            log.record(user, PatientId.of(id), ChartAccessLog.Subject.PATIENT_HISTORY, id, channel);
        }
    }

    /** Not an event or record of the caller's organization (or none at all): the same answer for both. */
    static final class RecordNotFound extends RuntimeException {
        RecordNotFound() {
            super("not found", null, false, false);
        }
    }
}
