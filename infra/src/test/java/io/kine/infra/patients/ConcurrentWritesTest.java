package io.kine.infra.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Racing requests lose nothing and duplicate nothing. */
@KineIntegrationTest
class ConcurrentWritesTest {

    static final int RACERS = 8;

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    Clinic clinic;
    KineUser assistant;

    @BeforeEach
    void aClinicOfItsOwn() {
        clinic = new TestClinics(context).aClinic();
        assistant = clinic.user(Role.ASSISTANT);
    }

    @Test
    void ofSimultaneousSubmitsOfOneFormExactlyOneRegistersThePatient() throws Exception {
        List<Integer> statuses = race(() -> mvc.perform(post("/api/patients").with(user(assistant)).with(csrf())
                .header("Idempotency-Key", "double-click-42").contentType(MediaType.APPLICATION_JSON)
                .content(PatientApiTest.AMINA)).andReturn().getResponse().getStatus());

        assertThat(statuses).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
        assertThat(count("SELECT count(*) FROM domain_event_entry WHERE type = 'Patient' AND meta_data::jsonb ->> 'organizationId' = :org"))
                .isEqualTo(1);
    }

    @Test
    void ofSimultaneousEditsOfTheSameVersionExactlyOneWinsAndTheOthersAreToldSo() throws Exception {
        String location = mvc.perform(post("/api/patients").with(user(assistant)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(PatientApiTest.AMINA))
                .andReturn().getResponse().getHeader("Location");
        List<String> cities = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            cities.add("Ville " + i);
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

        List<Integer> statuses = race(() -> mvc.perform(patch(location).with(user(assistant)).with(csrf())
                .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"address\": {\"city\": \"" + cities.get(next.getAndIncrement()) + "\"}}"))
                .andReturn().getResponse().getStatus());

        assertThat(statuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
        assertThat(count("SELECT count(*) FROM domain_event_entry WHERE type = 'Patient' AND meta_data::jsonb ->> 'organizationId' = :org"))
                .isEqualTo(2);
    }

    /** Runs the same request from {@link #RACERS} threads released at the same instant. */
    private List<Integer> race(Callable<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return request.call();
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

    private long count(String sql) {
        return jdbc.sql(sql).param("org", clinic.organizationId().toString()).query(Long.class).single();
    }
}
