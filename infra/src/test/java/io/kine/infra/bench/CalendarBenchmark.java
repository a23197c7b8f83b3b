package io.kine.infra.bench;

import io.kine.infra.KineApplication;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.identity.CreateUserAccount;
import io.kine.kernel.identity.Role;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.AddResource;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OpenLocation;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.organization.ResourceKind;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.RegisterPatient;
import io.kine.kernel.patients.Sex;
import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.ScheduleAppointment;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A benchmark, not a test (surefire skips {@code *Benchmark}). One location with 20
 * practitioners, each with a room, booked every 30 minutes from 08:00 to 15:00 on every weekday
 * of 13 weeks (about 3 months, 18,200 appointments), through the command gateway: each booking
 * holds its practitioner, room and patient in {@code command_model.booked_slot} under the
 * exclusion constraint, in the transaction of its event. Then the calendar's week view over
 * HTTP ({@code GET /api/appointments} for one week of the location, all practitioners, and for
 * one practitioner), and pgbench's one-row INSERT on the same server as the reference.
 * Figures and how to run it: docs/benchmarks.md.
 */
public final class CalendarBenchmark {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** A Monday; the run books the 13 weeks from it. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2030, 1, 7);
    private static final int PRACTITIONERS = Integer.getInteger("bench.practitioners", 20);
    private static final int WEEKS = Integer.getInteger("bench.weeks", 13);
    private static final int SLOTS_PER_DAY = Integer.getInteger("bench.slots-per-day", 14);
    private static final int REPETITIONS = Integer.getInteger("bench.repetitions", 200);

    private final BenchmarkSettings settings;
    private final ConfigurableApplicationContext context;
    private final SystemCommands commands;
    private final JdbcClient jdbc;
    private final OrganizationId organization;
    private final Clinic clinic;
    private final LocationId location = LocationId.random();
    private final List<UserId> practitioners = new ArrayList<>();
    private final List<ResourceId> rooms = new ArrayList<>();
    private final List<PatientId> patients = new ArrayList<>();

    private CalendarBenchmark(ConfigurableApplicationContext context, BenchmarkSettings settings) {
        this.settings = settings;
        this.context = context;
        this.commands = context.getBean(SystemCommands.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.clinic = new TestClinics(context).aClinic();
        this.organization = clinic.organizationId();
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KineApplication.class)
                .profiles("test").run(settings.applicationArguments())) {
            new CalendarBenchmark(context, settings).run();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        setUp();
        List<ScheduleAppointment> bookings = bookings();
        ExecutorService senders = Executors.newFixedThreadPool(settings.senders());
        Phase booking;
        try {
            booking = measure(senders, "schedule-appointment", bookings.size(),
                    i -> commands.send(bookings.get(i), organization));
        } finally {
            senders.shutdownNow();
        }
        awaitRows("read_model.appointment", bookings.size());
        WeekView week = new WeekView(context, clinic.user(Role.ASSISTANT), location);
        LocalDate middle = FIRST_DAY.plusWeeks(WEEKS / 2);
        WeekView.Result all = week.measure(middle, null, REPETITIONS);
        WeekView.Result one = week.measure(middle, practitioners.get(0), REPETITIONS);
        Pgbench.Result pgbench = Pgbench.run(settings, context.getEnvironment().getRequiredProperty("spring.datasource.url"), jdbc);
        print(booking, all, one, pgbench);
    }

    /** The practitioners, one room each, and one patient per practitioner and time of day (no patient is booked twice at once). */
    private void setUp() {
        commands.send(new OpenLocation(organization, location, "Paris 11e", PARIS), organization);
        for (int p = 0; p < PRACTITIONERS; p++) {
            UserId practitioner = UserId.random();
            commands.send(new CreateUserAccount(practitioner, organization, "practitioner" + p + "-" + practitioner
                    + "@bench.kine.local", "Praticien " + p, Set.of(Role.PRACTITIONER)), organization);
            practitioners.add(practitioner);
            ResourceId room = ResourceId.random();
            commands.send(new AddResource(organization, location, room, ResourceKind.ROOM, "Salle " + p), organization);
            rooms.add(room);
        }
        for (int i = 0; i < PRACTITIONERS * SLOTS_PER_DAY; i++) {
            PatientId patient = PatientId.random();
            commands.send(new RegisterPatient(patient, organization, new PatientDetails("Bench", "Patient " + i,
                    LocalDate.of(1960, 1, 1).plusDays(i), Sex.FEMALE, null, null, null, null)), organization);
            patients.add(patient);
        }
        awaitRows("read_model.patient", patients.size());
    }

    /** Every weekday of the weeks, every 30 minutes from 08:00 local time, for every practitioner, shuffled. */
    private List<ScheduleAppointment> bookings() {
        List<ScheduleAppointment> bookings = new ArrayList<>();
        for (int day = 0; day < WEEKS * 7; day++) {
            LocalDate date = FIRST_DAY.plusDays(day);
            if (date.getDayOfWeek().getValue() > 5) {
                continue;
            }
            for (int slot = 0; slot < SLOTS_PER_DAY; slot++) {
                Instant start = date.atTime(8, 0).plusMinutes(30L * slot).atZone(PARIS).toInstant();
                for (int p = 0; p < PRACTITIONERS; p++) {
                    bookings.add(new ScheduleAppointment(AppointmentId.random(), organization,
                            patients.get(p * SLOTS_PER_DAY + slot), practitioners.get(p), location, rooms.get(p), null,
                            start, start.plus(Duration.ofMinutes(30)), null, null, null));
                }
            }
        }
        Collections.shuffle(bookings, new java.util.Random(42));
        return bookings;
    }

    private Phase measure(ExecutorService senders, String command, int count, IntConsumer send)
            throws InterruptedException {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        Callable<Void> sender = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                long start = System.nanoTime();
                send.accept(i);
                latencies[i] = System.nanoTime() - start;
            }
            return null;
        };
        long start = System.nanoTime();
        List<Future<Void>> done = senders.invokeAll(Collections.nCopies(settings.senders(), sender));
        long elapsed = System.nanoTime() - start;
        for (Future<Void> sent : done) {
            try {
                sent.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException(command + " failed", e.getCause());
            }
        }
        return Phase.of(command, elapsed, latencies);
    }

    private void awaitRows(String table, long expected) {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (jdbc.sql("SELECT count(*) FROM " + table + " WHERE organization_id = :org")
                .param("org", organization.value()).query(Long.class).single() < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(table + " did not catch up");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void print(Phase booking, WeekView.Result all, WeekView.Result one, Pgbench.Result pgbench) {
        System.out.printf("%nKine calendar: %d practitioners, %d weeks, %d bookings, %d senders, %d cores, PostgreSQL %s%n",
                PRACTITIONERS, WEEKS, booking.count(), settings.senders(), Runtime.getRuntime().availableProcessors(),
                jdbc.sql("SHOW server_version").query(String.class).single());
        System.out.printf("%-34s %8s %12s %9s %9s %9s%n", "", "count", "per second", "p50 ms", "p95 ms", "p99 ms");
        System.out.printf("%-34s %8d %12.1f %9.1f %9.1f %9.1f%n", booking.command(), booking.count(),
                booking.perSecond(), booking.percentileMillis(50), booking.percentileMillis(95),
                booking.percentileMillis(99));
        System.out.printf("%-34s %8s %12.1f%n", "pgbench one-row INSERT", "-", pgbench.transactionsPerSecond());
        System.out.printf("%-34s %8s %12.3f%n", "bookings / pgbench", "", booking.perSecond() / pgbench.transactionsPerSecond());
        System.out.printf("%-34s %8s %12s %9s %9s %9s%n", "week view, GET /api/appointments", "entries", "bytes",
                "p50 ms", "p95 ms", "max ms");
        all.print("all 20 practitioners");
        one.print("one practitioner");
        System.out.println("pgbench: " + pgbench.commandLine());
    }
}
