package io.kine.infra.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import static org.awaitility.Awaitility.await;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.identity.GrantRole;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import io.kine.kernel.patients.PatientId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Of many simultaneous bookings of one slot, exactly one wins, whatever the pre-check saw. */
@KineIntegrationTest
class BookingRaceTest {

    static final int RACERS = 50;

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    Calendar calendar;
    KineUser assistant;
    List<PatientId> patients = new ArrayList<>();

    @BeforeEach
    void fiftyPatientsWantingTheSameSlot() {
        calendar = new Calendar(context);
        assistant = calendar.clinic.user(Role.ASSISTANT);
        for (int i = 0; i < RACERS; i++) {
            patients.add(calendar.aPatient("Patient " + i));
        }
    }

    @Test
    void ofFiftySimultaneousBookingsOfOnePractitionerExactlyOneWins() throws Exception {
        String practitioner = calendar.clinic.user(Role.PRACTITIONER).userId().toString();

        List<Integer> statuses = race(i -> booking(patients.get(i), practitioner, null));

        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(RACERS - 1);
        assertThat(scheduledEvents()).isEqualTo(1);
    }

    @Test
    void ofFiftySimultaneousBookingsOfOneRoomByDifferentPractitionersExactlyOneWins() throws Exception {
        List<Role> roles = List.of(Role.OWNER, Role.ADMIN, Role.MANAGER, Role.ASSISTANT);
        // only accounts with the practitioner role may be booked: four colleagues take it too
        roles.forEach(role -> context.getBean(SystemCommands.class).send(new GrantRole(calendar.clinic.user(role).userId(),
                calendar.clinic.organizationId(), Role.PRACTITIONER), calendar.clinic.organizationId()));
        await().until(() -> jdbc.sql("SELECT count(*) FROM read_model.staff_member WHERE organization_id = :org"
                        + " AND 'PRACTITIONER' = ANY(roles)").param("org", calendar.clinic.organizationId().value())
                .query(Long.class).single() == 5);
        List<String> practitioners = java.util.stream.Stream.concat(java.util.stream.Stream.of(Role.PRACTITIONER),
                roles.stream()).map(role -> calendar.clinic.user(role).userId().toString()).toList();

        List<Integer> statuses = race(i -> booking(patients.get(i), practitioners.get(i % practitioners.size()),
                calendar.room.toString()));

        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(RACERS - 1);
        assertThat(scheduledEvents()).isEqualTo(1);
    }

    private String booking(PatientId patient, String practitioner, String room) {
        return """
                {"patientId": "%s", "practitionerId": "%s", "locationId": "%s", %s
                 "start": "2030-02-04T09:00:00Z", "end": "2030-02-04T09:30:00Z"}
                """.formatted(patient, practitioner, calendar.location,
                room == null ? "" : "\"roomId\": \"" + room + "\",");
    }

    /** Sends {@link #RACERS} bookings from as many threads released at the same instant. */
    private List<Integer> race(IntFunction<String> body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                String content = body.apply(i);
                Callable<Integer> request = () -> {
                    start.await();
                    return mvc.perform(post("/api/appointments").with(user(assistant)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(content)).andReturn().getResponse().getStatus();
                };
                results.add(pool.submit(request));
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

    private long scheduledEvents() {
        return jdbc.sql("""
                SELECT count(*) FROM domain_event_entry
                WHERE payload_type LIKE '%AppointmentScheduled' AND meta_data::jsonb ->> 'organizationId' = :org
                """).param("org", calendar.clinic.organizationId().toString()).query(Long.class).single();
    }
}
