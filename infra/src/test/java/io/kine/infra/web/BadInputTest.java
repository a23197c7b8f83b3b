package io.kine.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.kernel.identity.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** Malformed query parameters on the read pages and APIs get a 4xx answer or the page, never a server error. */
@KineIntegrationTest
class BadInputTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/appointments?from=yesterday&to=x",
            "/api/free-slots?locationId=nope&duration=abc&from=2030-13-45&to=x",
            "/api/audit/events?after=-1&size=999999&from=not-a-date",
            "/api/audit/events/export?format=xml",
            "/api/audit/records/not-a-uuid/state?at=garbage",
            "/api/audit/access-log?patientId=zz",
            "/api/invoices?status=WHATEVER&from=2030-02-31",
            "/api/invoices/export.csv?from=x&to=y",
            "/reports?from=2030-99-01&to=x&granularity=century",
            "/reports/export?locationId=not-a-uuid",
            "/audit/events?from=garbage&type=%3Cscript%3E",
            "/billing?status=NOPE&from=x",
            "/calendar?view=year&date=yesterday&locationId=bad",
            "/api/visits/not-a-uuid/diff?from=a&to=b",
            "/api/patients/not-a-uuid/appointments?limit=-5"})
    void answersMalformedParametersWithoutAServerError(String path) throws Exception {
        var owner = new TestClinics(context).aClinic().user(Role.OWNER);
        int status = mvc.perform(get(path).with(user(owner))).andReturn().getResponse().getStatus();
        assertThat(status).as(path).isLessThan(500);
    }
}
