package io.kine.infra.scheduling;

import io.kine.infra.messaging.ReadModelQueries;
import io.kine.kernel.organization.FindLocations;
import io.kine.kernel.organization.LocationView;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.scheduling.FindPractitioners;
import io.kine.kernel.scheduling.PractitionerSummary;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Component;

/** What the calendar offers to choose from: open locations with their rooms, and the practitioners. */
@Component
class CalendarChoices {

    private final ReadModelQueries queries;

    CalendarChoices(ReadModelQueries queries) {
        this.queries = queries;
    }

    List<LocationView> openLocations(OrganizationId organization) {
        return queries.ask(new FindLocations(organization, false), ResponseTypes.multipleInstancesOf(LocationView.class));
    }

    List<PractitionerSummary> practitioners(OrganizationId organization) {
        return queries.ask(new FindPractitioners(organization),
                ResponseTypes.multipleInstancesOf(PractitionerSummary.class));
    }
}
