package io.kine.infra.audit;

import io.kine.infra.security.KineUser;
import io.kine.infra.web.InvalidRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The audit trail for tools: events, a record's history and state as of an instant, exports, the chain. */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasAuthority('audit.read')")
class AuditApiController {

    private final AuditEvents events;
    private final EventHistory history;
    private final EventExport export;
    private final EventTypes types;
    private final ChainVerifier verifier;
    private final DailyDigest digest;
    private final AccessLogBrowser accessLog;
    private final ChartAccessLog chartLog;
    private final ZoneId zone;

    AuditApiController(AuditEvents events, EventHistory history, EventExport export, EventTypes types,
            ChainVerifier verifier, DailyDigest digest, AccessLogBrowser accessLog, ChartAccessLog chartLog,
            @Value("${kine.default-time-zone:Europe/Paris}") ZoneId zone) {
        this.events = events;
        this.history = history;
        this.export = export;
        this.types = types;
        this.verifier = verifier;
        this.digest = digest;
        this.accessLog = accessLog;
        this.chartLog = chartLog;
        this.zone = zone;
    }

    /** A page of events, newest first; {@code meta.older}/{@code meta.newer} are the cursors to pass as before/after. */
    @GetMapping("/events")
    Map<String, Object> events(AuditParameters parameters, @AuthenticationPrincipal KineUser user) {
        AuditEvents.Page page = events.page(parameters.toFilter(user.organizationId().value(), zone, types),
                parameters.pageSize());
        java.util.Map<String, Object> meta = new java.util.LinkedHashMap<>();
        meta.put("older", page.olderCursor());
        meta.put("newer", page.newerCursor());
        return Map.of("data", page.entries(), "meta", meta);
    }

    @GetMapping("/events/export")
    ResponseEntity<StreamingResponseBody> export(AuditParameters parameters,
            @RequestParam(defaultValue = "ndjson") String format, @AuthenticationPrincipal KineUser user) {
        ExportFormat shape;
        try {
            shape = ExportFormat.of(format);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidRequest("format", "export.unknownFormat");
        }
        EventFilter filter = parameters.toFilter(user.organizationId().value(), zone, types);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kine-events-"
                        + LocalDate.now(zone) + "." + shape.extension() + "\"")
                .contentType(MediaType.parseMediaType(shape.mediaType()))
                .body(out -> export.write(filter, shape, out));
    }

    @GetMapping("/records/{id}/history")
    ResponseEntity<Map<String, List<HistoryEntry>>> history(@PathVariable String id,
            @AuthenticationPrincipal KineUser user) {
        List<HistoryEntry> entries = history.of(user.organizationId().value(), id);
        if (entries.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        AuditController.logPatientHistory(chartLog, user, entries.get(0).aggregateType(), id, ChartAccessLog.Channel.API);
        return ResponseEntity.ok(Map.of("data", entries));
    }

    @GetMapping("/records/{id}/state")
    ResponseEntity<EventHistory.RecordState> state(@PathVariable String id, @RequestParam String at,
            @AuthenticationPrincipal KineUser user) {
        Instant instant = AuditParameters.instant("at", at, zone, false);
        var state = history.asOf(user.organizationId().value(), id, instant);
        state.ifPresent(s -> AuditController.logPatientHistory(chartLog, user, s.aggregateType(), id,
                ChartAccessLog.Channel.API));
        return ResponseEntity.of(state);
    }

    @PostMapping("/chain/verify")
    ChainReport verify(@AuthenticationPrincipal KineUser user) {
        return verifier.verify(user.organizationId().value());
    }

    @GetMapping("/chain/digest")
    ResponseEntity<?> digest(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "json") String format, @AuthenticationPrincipal KineUser user) {
        LocalDate last = to == null ? LocalDate.now(zone) : to;
        LocalDate first = from == null ? last.minusDays(30) : from;
        List<DailyDigest.Day> days = digest.days(user.organizationId().value(), first, last, zone);
        if ("csv".equals(format)) {
            StringBuilder csv = new StringBuilder("day,events,last_link,head_hash\r\n");
            days.forEach(d -> csv.append(d.day()).append(',').append(d.events()).append(',').append(d.lastLink())
                    .append(',').append(d.headHash()).append("\r\n"));
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kine-chain-digest-" + last + ".csv\"")
                    .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8")).body(csv.toString());
        }
        return ResponseEntity.ok(Map.of("organizationId", user.organizationId().value(), "zone", zone.getId(),
                "data", days));
    }

    @GetMapping("/access-log")
    Map<String, Object> accessLog(AuditParameters parameters, @AuthenticationPrincipal KineUser user) {
        AccessLogBrowser.Page page = accessLog.page(parameters.toAccessFilter(user.organizationId().value(), zone),
                parameters.pageSize());
        java.util.Map<String, Object> meta = new java.util.LinkedHashMap<>();
        meta.put("older", page.olderCursor());
        return Map.of("data", page.entries(), "meta", meta);
    }

    @GetMapping("/types")
    Map<String, Object> types() {
        return Map.of("entityTypes", types.aggregateNames(), "eventTypes", types.eventNames());
    }
}
