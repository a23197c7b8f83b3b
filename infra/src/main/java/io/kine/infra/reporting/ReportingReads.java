package io.kine.infra.reporting;

import io.kine.infra.messaging.ReadModelQueries;
import io.kine.kernel.reporting.DashboardView;
import io.kine.kernel.reporting.DayOperationsView;
import io.kine.kernel.reporting.GetDashboard;
import io.kine.kernel.reporting.GetDayOperations;
import io.kine.kernel.reporting.GetOwnDashboard;
import io.kine.kernel.reporting.GetOwnRevenue;
import io.kine.kernel.reporting.GetReportFilters;
import io.kine.kernel.reporting.GetRevenue;
import io.kine.kernel.reporting.RevenueView;
import io.kine.kernel.reporting.ReportFilters;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.organization.FindLocations;
import io.kine.kernel.organization.LocationView;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Component;

/** The reporting questions, through the query bus (permissions checked there too) and the cache. */
@Component
class ReportingReads {

    private final ReadModelQueries queries;
    private final DashboardCache cache;

    ReportingReads(ReadModelQueries queries, DashboardCache cache) {
        this.queries = queries;
        this.cache = cache;
    }

    DashboardView dashboard(GetDashboard query) {
        return cache.get(query.organizationId(), query.toString(), DashboardView.class,
                () -> queries.ask(query, ResponseTypes.instanceOf(DashboardView.class)));
    }

    /** Cached per practitioner: the key names the practitioner the query is about. */
    DashboardView ownDashboard(GetOwnDashboard query, String practitioner) {
        return cache.get(query.organizationId(), query + ":" + practitioner, DashboardView.class,
                () -> queries.ask(query, ResponseTypes.instanceOf(DashboardView.class)));
    }

    /**
     * Billing figures, cached like the dashboards: the key holds the billing generation, which
     * billing's projection bumps in the same transaction as every change it makes.
     */
    RevenueView revenue(GetRevenue query) {
        return cache.get(query.organizationId(), query.toString(), RevenueView.class,
                () -> queries.ask(query, ResponseTypes.instanceOf(RevenueView.class)));
    }

    /** Cached per practitioner: the key names the practitioner the query is about. */
    RevenueView ownRevenue(GetOwnRevenue query, String practitioner) {
        return cache.get(query.organizationId(), query + ":" + practitioner, RevenueView.class,
                () -> queries.ask(query, ResponseTypes.instanceOf(RevenueView.class)));
    }

    DayOperationsView day(GetDayOperations query) {
        return cache.get(query.organizationId(), query.toString(), DayOperationsView.class,
                () -> queries.ask(query, ResponseTypes.instanceOf(DayOperationsView.class)));
    }

    /** Practitioners to filter by only for those who see the whole organization; locations for everyone. */
    ReportFilters filters(KineUser user) {
        if (user.can(Permission.REPORTS_VIEW)) {
            return queries.ask(new GetReportFilters(user.organizationId()), ResponseTypes.instanceOf(ReportFilters.class));
        }
        List<LocationView> locations = queries.ask(new FindLocations(user.organizationId(), false),
                ResponseTypes.multipleInstancesOf(LocationView.class));
        return new ReportFilters(locations.stream()
                .map(location -> new ReportFilters.Choice(location.locationId().value(), location.details().name()))
                .toList(), List.of());
    }
}
