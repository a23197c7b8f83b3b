package io.kine.infra.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Series racing for the same practitioner's time: each passes the conflict check before any
 * commits, then the exclusion constraint lets exactly one through, and every loser leaves
 * nothing behind, neither its series nor any of its occurrences.
 */
@KineIntegrationTest
class SeriesRaceTest {

    static final int RACERS = 10;

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    @Test
    void ofTenSimultaneousSeriesOnTheSameTimesExactlyOneIsBookedWhole() throws Exception {
        Calendar calendar = new Calendar(context);
        KineUser assistant = calendar.clinic.user(Role.ASSISTANT);
        String practitioner = calendar.clinic.user(Role.PRACTITIONER).userId().toString();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            // ten Mondays each, starting a week apart: every two racers share some Mondays, none shares all
            bodies.add("""
                    {"patientId": "%s", "practitionerId": "%s", "locationId": "%s", "start": "%sT09:00",
                     "durationMinutes": 30, "recurrence": "FREQ=WEEKLY;BYDAY=MO;COUNT=10"}
                    """.formatted(calendar.aPatient("Course " + i), practitioner, calendar.location,
                    java.time.LocalDate.of(2030, 4, 1).plusWeeks(i)));
        }

        List<Integer> statuses = race(assistant, bodies);

        assertThat(statuses.stream().filter(s -> s == 201)).as("%s", statuses).hasSize(1);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(RACERS - 1);
        assertThat(count("AppointmentSeriesBooked", calendar)).isEqualTo(1);
        assertThat(count("AppointmentScheduled", calendar)).as("the winner's ten occurrences, no loser's").isEqualTo(10);
        assertThat(jdbc.sql("SELECT count(*) FROM command_model.booked_slot WHERE resource_id = :id")
                .param("id", java.util.UUID.fromString(practitioner)).query(Long.class).single()).isEqualTo(10);
    }

    private List<Integer> race(KineUser assistant, List<String> bodies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String body : bodies) {
                results.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/api/appointment-series").with(user(assistant)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private long count(String eventType, Calendar calendar) {
        return jdbc.sql("""
                SELECT count(*) FROM domain_event_entry
                WHERE payload_type LIKE '%' || :type AND meta_data::jsonb ->> 'organizationId' = :org
                """).param("type", eventType).param("org", calendar.clinic.organizationId().toString())
                .query(Long.class).single();
    }
}
