package io.kine.infra.notifications;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Zero set-up for mail: with {@code KINE_SMTP_HOST} (or {@code spring.mail.host}) mail goes to
 * that server; without, an SMTP server starts inside Kine (GreenMail) and keeps every mail in
 * memory, readable over IMAP with any mail client (user name: the recipient's address, any
 * password). It prints where both are.
 */
class EmbeddedMailServer implements EnvironmentPostProcessor {

    private static GreenMail server;

    private final Log log;

    EmbeddedMailServer(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedMailServer.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (hasText(environment, "spring.mail.host")) {
            return;
        }
        Map<String, Object> properties = new HashMap<>();
        if (hasText(environment, "kine.smtp.host")) {
            properties.put("spring.mail.host", environment.getProperty("kine.smtp.host"));
            properties.put("spring.mail.port", environment.getProperty("kine.smtp.port", "25"));
            properties.put("spring.mail.username", environment.getProperty("kine.smtp.username", ""));
            properties.put("spring.mail.password", environment.getProperty("kine.smtp.password", ""));
            log.info("SMTP: " + environment.getProperty("kine.smtp.host"));
        } else {
            GreenMail started = start();
            properties.put("spring.mail.host", "127.0.0.1");
            properties.put("spring.mail.port", started.getSmtp().getPort());
            log.info("SMTP (embedded, mails kept in memory): 127.0.0.1:" + started.getSmtp().getPort()
                    + "; read them over IMAP at 127.0.0.1:" + started.getImap().getPort()
                    + " (user name: the recipient's address, any password)");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("kineMail", properties));
    }

    /** True when mail stays inside Kine, i.e. no SMTP server was configured. */
    static synchronized boolean isRunning() {
        return server != null && server.isRunning();
    }

    /** Every mail received so far, oldest first; empty when a real SMTP server is used. */
    static synchronized MimeMessage[] receivedMessages() {
        return isRunning() ? server.getReceivedMessages() : new MimeMessage[0];
    }

    /** Package-visible so the mailbox page can be tested in a context that uses another SMTP server. */
    static synchronized GreenMail start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup[] {
                    new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-mail-stop"));
        }
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded mail server", e);
        }
    }

    private static boolean hasText(ConfigurableEnvironment environment, String key) {
        String value = environment.getProperty(key);
        return value != null && !value.isBlank();
    }
}
