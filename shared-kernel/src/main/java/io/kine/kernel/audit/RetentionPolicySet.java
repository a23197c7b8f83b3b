package io.kine.kernel.audit;

import io.kine.kernel.organization.OrganizationId;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Patient records are kept {@code yearsAfterLastActivity} after the last activity, and at least until {@code minorsUntilAge}. */
@Revision("1")
public record RetentionPolicySet(
        OrganizationId organizationId,
        int yearsAfterLastActivity,
        int minorsUntilAge) {

    public static String policyIdOf(OrganizationId organization) {
        return UUID.nameUUIDFromBytes(("retention-policy:" + organization).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
