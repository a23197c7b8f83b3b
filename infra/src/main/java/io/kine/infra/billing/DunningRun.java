package io.kine.infra.billing;

import io.kine.command.billing.ReminderNotDue;
import io.kine.infra.messaging.MessageMetadata;
import io.kine.infra.messaging.SystemCommands;
import io.kine.infra.web.RequestIds;
import io.kine.kernel.billing.FindRemindableInvoices;
import io.kine.kernel.billing.RecordPaymentReminder;
import io.kine.kernel.billing.RemindableInvoice;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Dunning: once a day (and whenever {@link #remind()} is called), every unpaid invoice past a
 * dunning step of its organization gets that step's reminder, recorded as an event by the
 * invoice itself — which refuses when the invoice got paid meanwhile or the step was sent —
 * and then mailed by {@link DunningMails}. Only the latest step due is sent, so a clinic that
 * turns dunning on late does not send three reminders at once. Today comes from the injected
 * {@link Clock} in the clinic's time zone, so tests move time by giving another clock.
 */
@Component
class DunningRun {

    private static final Logger log = LoggerFactory.getLogger(DunningRun.class);

    private final QueryGateway queries;
    private final SystemCommands commands;
    private final Clock clock;
    private final ZoneId clinicZone;

    DunningRun(QueryGateway queries, SystemCommands commands, Clock clock,
            @Value("${kine.default-time-zone:Europe/Paris}") ZoneId clinicZone) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
        this.clinicZone = clinicZone;
    }

    @Scheduled(cron = "${kine.billing.dunning.cron:0 0 8 * * *}", zone = "${kine.default-time-zone:Europe/Paris}")
    void daily() {
        int sent = remind();
        log.info("Dunning run: {} reminders", sent);
    }

    /** Records the reminders due today; answers how many. */
    int remind() {
        LocalDate today = LocalDate.now(clock.withZone(clinicZone));
        int sent = 0;
        for (RemindableInvoice invoice : remindable(today)) {
            int step = dueStep(invoice, today);
            if (step > invoice.lastStepSent()) {
                try {
                    commands.send(new RecordPaymentReminder(invoice.invoiceId(), invoice.organizationId(), step,
                            invoice.stepDays().get(step - 1), today, invoice.patientEmail()), invoice.organizationId());
                    sent++;
                } catch (ReminderNotDue paidMeanwhile) {
                    log.debug("Reminder no longer due");
                }
            }
        }
        return sent;
    }

    /** The highest step whose day has come (1-based), 0 if none. */
    static int dueStep(RemindableInvoice invoice, LocalDate today) {
        int step = 0;
        List<Integer> days = invoice.stepDays();
        for (int i = 0; i < days.size(); i++) {
            if (!today.isBefore(invoice.dueOn().plusDays(days.get(i)))) {
                step = i + 1;
            }
        }
        return step;
    }

    private List<RemindableInvoice> remindable(LocalDate today) {
        Map<String, Object> asKine = Map.of(MessageMetadata.ACTOR_ID, MessageMetadata.SYSTEM_ACTOR.toString(),
                MessageMetadata.ACTOR_ROLES, MessageMetadata.SYSTEM_ROLE,
                MessageMetadata.ORGANIZATION_ID, MessageMetadata.SYSTEM_ACTOR.toString(),
                MessageMetadata.REQUEST_ID, RequestIds.current());
        return queries.query(GenericMessage.asMessage(new FindRemindableInvoices(today)).andMetaData(asKine),
                ResponseTypes.multipleInstancesOf(RemindableInvoice.class)).join();
    }
}
