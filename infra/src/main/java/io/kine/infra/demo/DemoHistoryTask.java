package io.kine.infra.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The command-line task that generates a large clinic history once the application is up:
 * {@code --kine.demo.history.practitioners=20 --kine.demo.history.months=60}, and
 * {@code --kine.demo.history.exit=true} to stop when done (see README, Demo data for scale).
 * Every run adds a new organization.
 */
@Component
class DemoHistoryTask {

    private static final Logger log = LoggerFactory.getLogger(DemoHistoryTask.class);

    private final DemoHistory history;
    private final ConfigurableApplicationContext context;
    private final int practitioners;
    private final HistoryShapeSettings settings;
    private final int threads;
    private final boolean exit;

    DemoHistoryTask(DemoHistory history, ConfigurableApplicationContext context,
            @Value("${kine.demo.history.practitioners:0}") int practitioners,
            @Value("${kine.demo.history.locations:2}") int locations,
            @Value("${kine.demo.history.patients-per-practitioner:300}") int patients,
            @Value("${kine.demo.history.months:12}") int months,
            @Value("${kine.demo.history.future-weeks:3}") int futureWeeks,
            @Value("${kine.demo.history.fill-rate:0.75}") double fillRate,
            @Value("${kine.demo.history.seed:2026}") long seed,
            @Value("${kine.demo.history.threads:4}") int threads,
            @Value("${kine.demo.history.exit:false}") boolean exit) {
        this.history = history;
        this.context = context;
        this.practitioners = practitioners;
        this.settings = new HistoryShapeSettings(locations, patients, months, futureWeeks, fillRate, seed);
        this.threads = threads;
        this.exit = exit;
    }

    record HistoryShapeSettings(int locations, int patients, int months, int futureWeeks, double fillRate, long seed) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void generateWhenAsked() throws InterruptedException {
        if (practitioners <= 0) {
            return;
        }
        HistoryShape shape = new HistoryShape(practitioners, settings.locations(), settings.patients(),
                settings.months(), settings.futureWeeks(), settings.fillRate(), settings.seed());
        long started = System.nanoTime();
        DemoHistory.Summary summary = history.createClinic(shape, threads);
        long seconds = Math.max(1, (System.nanoTime() - started) / 1_000_000_000L);
        log.info("Demo history generated: organization {}, {} appointments, {} commands in {} s ({} commands/s);"
                + " practitioners log in as practitionerN.<org>{} with password '{}'", summary.organizationId(),
                summary.appointments(), summary.commands(), seconds, summary.commands() / seconds,
                DemoHistory.EMAIL_DOMAIN, DemoClinic.PASSWORD);
        if (exit) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
