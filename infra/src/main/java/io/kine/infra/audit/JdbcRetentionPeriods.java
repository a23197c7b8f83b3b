package io.kine.infra.audit;

import io.kine.command.audit.RetentionPolicies;
import io.kine.command.patients.RetentionPeriods;
import io.kine.kernel.audit.RetentionPolicyView;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The retention rule: kept {@code years} after the last activity and, for someone who was a
 * minor, at least until their {@code minorsUntilAge}th birthday, whichever is later. The
 * default is the French rule for health records (Code de la santé publique, art. R1112-7:
 * 20 years after the last stay or consultation, extended to the 28th birthday), which the
 * physiotherapists' order recommends for practices. With no recorded activity, today counts.
 */
@Component
class JdbcRetentionPeriods implements RetentionPeriods, RetentionPolicies {

    private final JdbcClient jdbc;
    private final List<PatientActivity> activities;
    private final Clock clock;

    JdbcRetentionPeriods(JdbcClient jdbc, List<PatientActivity> activities, Clock clock) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.clock = clock;
    }

    @Override
    public LocalDate retainedUntil(OrganizationId organization, PatientId patient, LocalDate dateOfBirth) {
        RetentionPolicyView policy = policyOf(organization);
        LocalDate last = activities.stream().map(activity -> activity.lastActivity(patient))
                .reduce(Optional.empty(), RecordedPatientActivity::later)
                .orElse(LocalDate.now(clock));
        LocalDate afterActivity = last.plusYears(policy.yearsAfterLastActivity());
        if (dateOfBirth == null) {
            return afterActivity;
        }
        LocalDate birthday = dateOfBirth.plusYears(policy.minorsUntilAge());
        return birthday.isAfter(afterActivity) ? birthday : afterActivity;
    }

    RetentionPolicyView policyOf(OrganizationId organization) {
        return jdbc.sql("""
                SELECT years_after_last_activity, minors_until_age FROM command_model.retention_policy
                WHERE organization_id = :org
                """)
                .param("org", organization.value())
                .query((row, n) -> new RetentionPolicyView(row.getInt(1), row.getInt(2), false))
                .optional().orElseGet(RetentionPolicyView::standardPolicy);
    }

    @Override
    public void save(OrganizationId organization, int yearsAfterLastActivity, int minorsUntilAge) {
        jdbc.sql("""
                INSERT INTO command_model.retention_policy (organization_id, years_after_last_activity, minors_until_age)
                VALUES (:org, :years, :age)
                ON CONFLICT (organization_id) DO UPDATE SET years_after_last_activity = :years,
                    minors_until_age = :age, changed_at = now()
                """)
                .param("org", organization.value()).param("years", yearsAfterLastActivity).param("age", minorsUntilAge)
                .update();
    }
}
