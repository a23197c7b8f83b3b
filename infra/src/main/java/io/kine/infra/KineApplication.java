package io.kine.infra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Kine: one process serving the web UI and API, the command side and the projections. */
@SpringBootApplication(scanBasePackages = "io.kine")
public class KineApplication {

    public static void main(String[] args) {
        // Axon asks a remote server for updates at start-up; a clinic's server must not phone home.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(KineApplication.class, args);
    }
}
