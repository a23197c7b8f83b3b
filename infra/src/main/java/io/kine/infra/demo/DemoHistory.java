package io.kine.infra.demo;

import io.kine.infra.messaging.SystemCommands;
import io.kine.infra.security.UserLogins;
import io.kine.kernel.identity.CreateUserAccount;
import io.kine.kernel.identity.Role;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OpenLocation;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.RegisterOrganization;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.RegisterPatient;
import io.kine.kernel.scheduling.AppointmentTypeId;
import io.kine.kernel.scheduling.ChooseAppointmentTypeService;
import io.kine.kernel.scheduling.DefineAppointmentType;
import java.time.Clock;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates a clinic's history of any size through the same commands people send: locations,
 * practitioners with logins and working hours, patients, a catalog and two appointment types
 * billed with its services, and months of appointments with completions, no-shows and
 * cancellations (late or not). Practitioners are filled in parallel, each with patients of their
 * own, so no two bookings ever compete for a slot. Each completed appointment is handed to the
 * {@link DemoHistoryExtension} beans (clinical visits and notes, invoices and payments), which
 * are told again when the whole organization is done.
 */
@Component
public class DemoHistory {

    /** Generated organizations are registered in euros. */
    static final String CURRENCY = "EUR";
    static final String EMAIL_DOMAIN = "@history.kine.local";
    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Paris"), ZoneId.of("Africa/Casablanca"));
    private static final List<String> CITIES = List.of("Paris", "Casablanca", "Lyon", "Rabat", "Marseille", "Tanger");

    private final SystemCommands commands;
    private final UserLogins logins;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final List<DemoHistoryExtension> extensions;

    DemoHistory(SystemCommands commands, UserLogins logins, TransactionTemplate transaction, Clock clock,
            List<DemoHistoryExtension> extensions) {
        this.commands = commands;
        this.logins = logins;
        this.transaction = transaction;
        this.clock = clock;
        this.extensions = extensions;
    }

    public record Summary(OrganizationId organizationId, long appointments, long commands) {
    }

    /** A new organization with everything in {@code shape}. */
    public Summary createClinic(HistoryShape shape, int threads) throws InterruptedException {
        OrganizationId clinic = OrganizationId.random();
        commands.send(new RegisterOrganization(clinic, "Cabinet de démonstration (" + shape.months() + " mois)", CURRENCY,
                Locale.FRENCH), clinic);
        List<LocationId> locations = new ArrayList<>();
        for (int i = 0; i < shape.locations(); i++) {
            LocationId location = LocationId.random();
            commands.send(new OpenLocation(clinic, location, CITIES.get(i % CITIES.size()) + " " + (i / CITIES.size() + 1),
                    ZONES.get(i % ZONES.size())), clinic);
            locations.add(location);
        }
        List<UserId> practitioners = new ArrayList<>();
        for (int i = 0; i < shape.practitioners(); i++) {
            practitioners.add(practitioner(clinic, i));
        }
        Map<String, DemoHistoryExtension.Service> catalog = DemoCatalog.define(commands, clinic);
        return fill(clinic, practitioners, locations, catalog, shape, threads, null);
    }

    /**
     * Appointments for existing practitioners and locations, each practitioner with patients of
     * their own, of two types defined here and billed with the catalog's session and assessment
     * ({@code catalog} by code, see {@link DemoCatalog}); booking nothing from {@code endBefore}
     * on (null: no limit), so the history can lead up to days another generator fills without
     * meeting its bookings.
     */
    public Summary fill(OrganizationId clinic, List<UserId> practitioners, List<LocationId> locations,
            Map<String, DemoHistoryExtension.Service> catalog, HistoryShape shape, int threads, LocalDate endBefore)
            throws InterruptedException {
        List<PractitionerHistory.Type> types = List.of(
                type(clinic, "Séance", "#15803D", catalog.get(DemoCatalog.SESSION), 1 - PractitionerHistory.ASSESSMENTS),
                type(clinic, "Bilan initial", "#1D4ED8", catalog.get(DemoCatalog.ASSESSMENT),
                        PractitionerHistory.ASSESSMENTS));
        AtomicLong appointments = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < practitioners.size(); i++) {
                int index = i;
                done.add(workers.submit(() -> {
                    PractitionerHistory history = new PractitionerHistory(commands, clock, extensions, clinic,
                            types, practitioners.get(index), locations.get(index % locations.size()),
                            ZONES.get(index % locations.size() % ZONES.size()), shape, shape.seed() + index, endBefore);
                    history.generate(patients(clinic, shape, index));
                    appointments.addAndGet(history.appointments());
                    sent.addAndGet(history.commands());
                    log.info("Demo history: practitioner {}/{} done, {} appointments so far", index + 1,
                            practitioners.size(), appointments.get());
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("The demo history could not be generated", e.getCause());
        } finally {
            workers.shutdownNow();
        }
        for (DemoHistoryExtension extension : extensions) {
            extension.historyCompleted(clinic, threads);
        }
        return new Summary(clinic, appointments.get(), sent.get());
    }

    /** An appointment type of the history, billed with {@code service} when the catalog has it. */
    private PractitionerHistory.Type type(OrganizationId clinic, String name, String colour,
            DemoHistoryExtension.Service service, double share) {
        AppointmentTypeId type = AppointmentTypeId.random();
        commands.send(new DefineAppointmentType(type, clinic, name, 30, colour), clinic);
        if (service != null) {
            commands.send(new ChooseAppointmentTypeService(type, clinic, service.productId()), clinic);
        }
        return new PractitionerHistory.Type(type, service, share);
    }

    private List<PatientId> patients(OrganizationId clinic, HistoryShape shape, int practitioner) {
        DemoPatients people = new DemoPatients(shape.seed() * 31 + practitioner);
        List<PatientId> patients = new ArrayList<>();
        for (int i = 0; i < shape.patientsPerPractitioner(); i++) {
            PatientId patient = PatientId.random();
            commands.send(new RegisterPatient(patient, clinic, people.next()), clinic);
            patients.add(patient);
        }
        return patients;
    }

    /** A practitioner's account and its login (password of the demo clinic), committed together. */
    private UserId practitioner(OrganizationId clinic, int index) {
        UserId user = UserId.random();
        String email = "practitioner" + (index + 1) + "." + clinic.value().toString().substring(0, 8) + EMAIL_DOMAIN;
        String name = "Praticien " + (index + 1);
        transaction.executeWithoutResult(status -> {
            commands.send(new CreateUserAccount(user, clinic, email, name, Set.of(Role.PRACTITIONER)), clinic);
            logins.add(user.value(), clinic.value(), email, name, Set.of(Role.PRACTITIONER), DemoClinic.PASSWORD);
        });
        return user;
    }
}
