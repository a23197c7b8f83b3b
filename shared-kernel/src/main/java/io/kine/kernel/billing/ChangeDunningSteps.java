package io.kine.kernel.billing;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets after how many days past the due date reminders go out, e.g. 7, 21 and 45. */
@RequiresPermission(Permission.SETTINGS_MANAGE)
public record ChangeDunningSteps(
        @TargetAggregateIdentifier BillingSettingsId settingsId,
        OrganizationId organizationId,
        List<Integer> stepDays) implements OrganizationScoped {
}
