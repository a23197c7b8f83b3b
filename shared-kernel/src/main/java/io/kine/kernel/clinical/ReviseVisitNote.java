package io.kine.kernel.clinical;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Saves the whole note of a draft visit (manual save or autosave): each change is a new revision.
 * With a {@code baseRevision} the save applies only if nobody saved since that revision. */
@RequiresPermission(Permission.CLINICAL_WRITE)
public record ReviseVisitNote(
        @TargetAggregateIdentifier VisitId visitId,
        OrganizationId organizationId,
        SoapNote note,
        List<OutcomeMeasure> measures,
        NoteTemplateId templateId,
        Integer baseRevision) implements OrganizationScoped {
}
