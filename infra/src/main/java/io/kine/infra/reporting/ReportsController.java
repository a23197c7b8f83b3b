package io.kine.infra.reporting;

import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.Role;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.reporting.DashboardView;
import io.kine.kernel.reporting.DayOperationsView;
import io.kine.kernel.reporting.GetDashboard;
import io.kine.kernel.reporting.GetDayOperations;
import io.kine.kernel.reporting.GetOwnDashboard;
import io.kine.kernel.reporting.GetOwnRevenue;
import io.kine.kernel.reporting.GetRevenue;
import io.kine.kernel.reporting.RevenueView;
import io.kine.kernel.reporting.Granularity;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboards. Owners, admins, managers and auditors ({@code reports.view}) see the whole
 * organization; a practitioner sees their own figures; the front desk sees today's operations.
 * Each page has a CSV of exactly the figures it shows.
 */
@Controller
@RequestMapping("/reports")
class ReportsController {

    static final String DASHBOARD = "reports/dashboard";
    static final String TODAY = "reports/today";
    static final String INVALID = "reports/invalid";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ReportingReads reads;
    private final MessageSource messages;
    private final Clock clock;
    private final DashboardChart charts;

    ReportsController(ReportingReads reads, MessageSource messages, Clock clock, DashboardChart charts) {
        this.reads = reads;
        this.charts = charts;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('reports.view')")
    String organization(@AuthenticationPrincipal KineUser user, Filters filters, Model model, Locale locale) {
        DashboardView view = organizationView(user, filters);
        model.addAttribute("view", view);
        model.addAttribute("chartJson", charts.json(view, locale));
        revenue(model, organizationRevenue(user, filters, view), locale);
        return dashboardPage(user, filters, model, "organization");
    }

    @GetMapping(value = "/export", produces = "text/csv")
    @PreAuthorize("hasAuthority('reports.view')")
    ResponseEntity<String> organizationCsv(@AuthenticationPrincipal KineUser user, Filters filters, Locale locale) {
        DashboardView view = organizationView(user, filters);
        DashboardCsv csv = new DashboardCsv(messages, locale);
        return csv("kpi-organization.csv", csv.dashboard(view) + "\r\n" + csv.revenue(organizationRevenue(user, filters, view)));
    }

    @GetMapping("/mine")
    @PreAuthorize("hasAuthority('appointment.manage') and hasRole('PRACTITIONER')")
    String mine(@AuthenticationPrincipal KineUser user, Filters filters, Model model, Locale locale) {
        DashboardView view = ownView(user, filters);
        model.addAttribute("view", view);
        model.addAttribute("chartJson", charts.json(view, locale));
        revenue(model, ownRevenue(user, filters, view), locale);
        return dashboardPage(user, filters, model, "mine");
    }

    @GetMapping(value = "/mine/export", produces = "text/csv")
    @PreAuthorize("hasAuthority('appointment.manage') and hasRole('PRACTITIONER')")
    ResponseEntity<String> mineCsv(@AuthenticationPrincipal KineUser user, Filters filters, Locale locale) {
        DashboardView view = ownView(user, filters);
        DashboardCsv csv = new DashboardCsv(messages, locale);
        return csv("kpi-mine.csv", csv.dashboard(view) + "\r\n" + csv.revenue(ownRevenue(user, filters, view)));
    }

    @GetMapping("/today")
    @PreAuthorize("hasAuthority('appointment.manage')")
    String today(@AuthenticationPrincipal KineUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) UUID location, Model model) {
        model.addAttribute("view", dayView(user, day, location));
        model.addAttribute("filters", reads.filters(user));
        model.addAttribute("location", location);
        model.addAttribute("canViewReports", user.can(Permission.REPORTS_VIEW));
        model.addAttribute("isPractitioner", user.roles().contains(Role.PRACTITIONER));
        return TODAY;
    }

    @GetMapping(value = "/today/export", produces = "text/csv")
    @PreAuthorize("hasAuthority('appointment.manage')")
    ResponseEntity<String> todayCsv(@AuthenticationPrincipal KineUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) UUID location, Locale locale) {
        DayOperationsView view = dayView(user, day, location);
        return csv("kpi-day-" + view.day() + ".csv", new DashboardCsv(messages, locale).day(view));
    }

    /** A period upside down or too long: the page says so, with a 400. */
    @org.springframework.web.bind.annotation.ExceptionHandler(io.kine.infra.web.InvalidRequest.class)
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
    String invalidPeriod(io.kine.infra.web.InvalidRequest invalid, Model model) {
        model.addAttribute("refusal", invalid.messageKey());
        return INVALID;
    }

    /** Request parameters of a dashboard; the organization always comes from the session. */
    record Filters(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Granularity granularity, UUID location,
            UUID practitioner) {
    }

    private DashboardView organizationView(KineUser user, Filters filters) {
        ReportPeriod period = ReportPeriod.of(filters.from(), filters.to(), filters.granularity(), LocalDate.now(clock));
        return reads.dashboard(new GetDashboard(user.organizationId(), period.from(), period.to(),
                filters.location() == null ? null : new LocationId(filters.location()),
                filters.practitioner() == null ? null : new UserId(filters.practitioner()), period.granularity()));
    }

    private DashboardView ownView(KineUser user, Filters filters) {
        ReportPeriod period = ReportPeriod.of(filters.from(), filters.to(), filters.granularity(), LocalDate.now(clock));
        return reads.ownDashboard(new GetOwnDashboard(user.organizationId(), period.from(), period.to(),
                filters.location() == null ? null : new LocationId(filters.location()), period.granularity()),
                user.userId().value().toString());
    }

    /**
     * Billing figures over the dashboard's period and filters: an invoice is at a location when
     * the appointment it bills is there, or the appointment of the visit it bills.
     */
    private RevenueView organizationRevenue(KineUser user, Filters filters, DashboardView view) {
        UserId practitioner = filters.practitioner() == null ? null : new UserId(filters.practitioner());
        return reads.revenue(new GetRevenue(user.organizationId(), view.from(), view.to(), location(filters),
                practitioner));
    }

    /** Always the caller's own figures: a practitioner parameter is not even read. */
    private RevenueView ownRevenue(KineUser user, Filters filters, DashboardView view) {
        return reads.ownRevenue(new GetOwnRevenue(user.organizationId(), view.from(), view.to(), location(filters)),
                user.userId().value().toString());
    }

    private static LocationId location(Filters filters) {
        return filters.location() == null ? null : new LocationId(filters.location());
    }

    private void revenue(Model model, RevenueView revenue, Locale locale) {
        model.addAttribute("revenue", revenue);
        model.addAttribute("revenueChartJson", charts.revenueJson(revenue, locale));
    }

    private DayOperationsView dayView(KineUser user, LocalDate day, UUID location) {
        return reads.day(new GetDayOperations(user.organizationId(), day == null ? LocalDate.now(clock) : day,
                location == null ? null : new LocationId(location)));
    }

    private String dashboardPage(KineUser user, Filters filters, Model model, String scope) {
        model.addAttribute("scope", scope);
        model.addAttribute("filters", reads.filters(user));
        model.addAttribute("selected", filters);
        model.addAttribute("granularities", Granularity.values());
        model.addAttribute("isPractitioner", user.roles().contains(Role.PRACTITIONER));
        model.addAttribute("canViewReports", user.can(Permission.REPORTS_VIEW));
        return DASHBOARD;
    }

    private static ResponseEntity<String> csv(String fileName, String body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .contentType(CSV)
                .body(body);
    }
}
