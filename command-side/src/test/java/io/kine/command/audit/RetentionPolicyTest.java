package io.kine.command.audit;

import io.kine.kernel.audit.RetentionPolicySet;
import io.kine.kernel.audit.SetRetentionPolicy;
import io.kine.kernel.organization.OrganizationId;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private static final OrganizationId CLINIC = OrganizationId.random();

    private AggregateTestFixture<RetentionPolicy> fixture;
    private final List<String> saved = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RetentionPolicy.class);
        fixture.registerInjectableResource((RetentionPolicies) (org, years, age) -> saved.add(years + "/" + age));
    }

    @Test
    void setsTheFirstPolicyAndWritesItsTable() {
        fixture.givenNoPriorActivity()
                .when(new SetRetentionPolicy(CLINIC, 25, 30))
                .expectEvents(new RetentionPolicySet(CLINIC, 25, 30));
        org.assertj.core.api.Assertions.assertThat(saved).containsExactly("25/30");
    }

    @Test
    void recordsNothingWhenThePolicyDoesNotChange() {
        fixture.given(new RetentionPolicySet(CLINIC, 25, 30))
                .when(new SetRetentionPolicy(CLINIC, 25, 30))
                .expectNoEvents();
    }

    @Test
    void refusesAPolicyOutsideSensibleBounds() {
        fixture.givenNoPriorActivity()
                .when(new SetRetentionPolicy(CLINIC, 0, 12))
                .expectException(InvalidRetentionPolicy.class)
                .expectNoEvents();
    }
}
