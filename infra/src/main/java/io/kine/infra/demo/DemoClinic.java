package io.kine.infra.demo;

import io.kine.infra.messaging.SystemCommands;
import io.kine.infra.security.UserLogins;
import io.kine.kernel.identity.CreateUserAccount;
import io.kine.kernel.identity.Role;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.AddResource;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OpenLocation;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.RegisterOrganization;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.organization.ResourceKind;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.RegisterPatient;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a demo clinic into an empty database, through the same commands people send, so the
 * demo has a real event history: an organization, a location with two rooms and a piece of equipment, one login per role, a few
 * hundred patients, a service catalog, months of past appointments ({@link DemoHistory}) leading up
 * to two weeks of appointments ({@link DemoSchedule}) and clinical records.
 */
@Component
class DemoClinic {

    static final String PASSWORD = "kine-demo";
    static final String EMAIL_DOMAIN = "@demo.kine.local";
    private static final Logger log = LoggerFactory.getLogger(DemoClinic.class);

    private final SystemCommands commands;
    private final UserLogins logins;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final boolean enabled;
    private final int patientCount;
    private final DemoSchedule schedule;
    private final DemoClinicalRecords clinicalRecords;
    private final DemoHistory history;
    private final int historyMonths;

    DemoClinic(SystemCommands commands, UserLogins logins, JdbcClient jdbc, TransactionTemplate transaction,
            DemoSchedule schedule, DemoClinicalRecords clinicalRecords, DemoHistory history,
            @Value("${kine.demo.enabled:false}") boolean enabled, @Value("${kine.demo.patients:200}") int patientCount,
            @Value("${kine.demo.history-months:6}") int historyMonths) {
        this.schedule = schedule;
        this.clinicalRecords = clinicalRecords;
        this.history = history;
        this.historyMonths = historyMonths;
        this.commands = commands;
        this.logins = logins;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.enabled = enabled;
        this.patientCount = patientCount;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadWhenEmpty() throws InterruptedException {
        if (enabled && !anyOrganizationExists()) {
            load();
        }
    }

    private boolean anyOrganizationExists() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM domain_event_entry WHERE type = 'Organization')")
                .query(Boolean.class).single();
    }

    void load() throws InterruptedException {
        OrganizationId clinic = OrganizationId.random();
        commands.send(new RegisterOrganization(clinic, "Cabinet de kinésithérapie des Lilas", "EUR", Locale.FRENCH), clinic);
        LocationId paris = LocationId.random();
        commands.send(new OpenLocation(clinic, paris, "Paris 11e", ZoneId.of("Europe/Paris")), clinic);
        List<ResourceId> rooms = List.of(ResourceId.random(), ResourceId.random());
        commands.send(new AddResource(clinic, paris, rooms.get(0), ResourceKind.ROOM, "Salle 1"), clinic);
        commands.send(new AddResource(clinic, paris, rooms.get(1), ResourceKind.ROOM, "Salle 2"), clinic);
        commands.send(new AddResource(clinic, paris, ResourceId.random(), ResourceKind.EQUIPMENT,
                "Appareil à ondes de choc"), clinic);
        var catalog = DemoCatalog.define(commands, clinic);
        UserId practitioner = null;
        for (DemoLogin login : DemoLogin.ALL) {
            UserId user = createLogin(clinic, login);
            practitioner = login.role() == Role.PRACTITIONER ? user : practitioner;
        }
        DemoPatients patients = new DemoPatients(2026L);
        List<PatientId> registered = new java.util.ArrayList<>();
        for (int i = 0; i < patientCount; i++) {
            PatientId patient = PatientId.random();
            commands.send(new RegisterPatient(patient, clinic, patients.next()), clinic);
            registered.add(patient);
        }
        int appointments = registered.isEmpty() ? 0
                : schedule.load(clinic, paris, ZoneId.of("Europe/Paris"), practitioner, rooms, registered);
        clinicalRecords.load(clinic, practitioner, registered.isEmpty() ? null : registered.get(0));
        // the dashboards need a past: the demo practitioner's last months up to the calendar's two weeks
        DemoHistory.Summary past = history.fill(clinic, List.of(practitioner), List.of(paris), catalog,
                new HistoryShape(1, 1, 120, historyMonths, 0, 0.7, 2026L), 1, schedule.firstDay(ZoneId.of("Europe/Paris")));
        log.info("Demo clinic loaded: {} logins (password '{}'), {} patients, {} appointments and {} more over {} months",
                DemoLogin.ALL.size(), PASSWORD, patientCount + 120, appointments, past.appointments(), historyMonths);
    }

    /** The account's event and its login row commit together, or neither does. */
    private UserId createLogin(OrganizationId clinic, DemoLogin login) {
        UserId user = UserId.random();
        String email = login.role().name().toLowerCase(Locale.ROOT) + EMAIL_DOMAIN;
        transaction.executeWithoutResult(status -> {
            commands.send(new CreateUserAccount(user, clinic, email, login.displayName(), Set.of(login.role())), clinic);
            logins.add(user.value(), clinic.value(), email, login.displayName(), Set.of(login.role()), PASSWORD);
        });
        return user;
    }

    record DemoLogin(Role role, String displayName) {

        static final List<DemoLogin> ALL = List.of(
                new DemoLogin(Role.OWNER, "Claire Dubois"),
                new DemoLogin(Role.ADMIN, "Youssef Alaoui"),
                new DemoLogin(Role.MANAGER, "Sophie Martin"),
                new DemoLogin(Role.PRACTITIONER, "Karim Benjelloun"),
                new DemoLogin(Role.ASSISTANT, "Léa Moreau"),
                new DemoLogin(Role.PATIENT, "Nadia El Idrissi"),
                new DemoLogin(Role.AUDITOR, "Marc Lefèvre"));
    }
}
