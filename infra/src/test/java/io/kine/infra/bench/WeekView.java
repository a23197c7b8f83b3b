package io.kine.infra.bench;

import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The calendar's week view as the browser asks for it: {@code GET /api/appointments} over HTTP
 * through security, the query bus, SQL and JSON, authenticated with a personal access token of
 * the front desk (its hash written as the token page would).
 */
final class WeekView {

    record Result(String label, int entries, int bytes, long[] sortedNanos) {

        void print(String name) {
            System.out.printf("%-34s %8d %12d %9.1f %9.1f %9.1f%n", name, entries, bytes, percentile(50),
                    percentile(95), sortedNanos[sortedNanos.length - 1] / 1e6);
        }

        double percentile(double percent) {
            int rank = (int) Math.ceil(percent / 100 * sortedNanos.length);
            return sortedNanos[Math.max(rank, 1) - 1] / 1e6;
        }
    }

    private static final int WARM_UP = 20;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String token;
    private final LocationId location;

    WeekView(ConfigurableApplicationContext context, KineUser frontDesk, LocationId location) {
        this.baseUrl = "http://127.0.0.1:" + context.getEnvironment().getRequiredProperty("local.server.port");
        this.location = location;
        this.token = "kine_bench_" + UUID.randomUUID().toString().replace("-", "");
        context.getBean(JdbcClient.class).sql("""
                INSERT INTO identity.access_token (token_id, user_id, organization_id, name, token_hash)
                VALUES (:id, :user, :organization, 'benchmark', :hash)
                """)
                .param("id", UUID.randomUUID()).param("user", frontDesk.userId().value())
                .param("organization", frontDesk.organizationId().value()).param("hash", sha256(token)).update();
    }

    Result measure(LocalDate monday, UserId practitioner, int repetitions) throws IOException, InterruptedException {
        ZoneId paris = ZoneId.of("Europe/Paris");
        String uri = baseUrl + "/api/appointments?from=" + monday.atStartOfDay(paris).toInstant() + "&to="
                + monday.plusWeeks(1).atStartOfDay(paris).toInstant() + "&locationId=" + location.value()
                + (practitioner == null ? "" : "&practitionerId=" + practitioner.value());
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build();
        String body = "";
        for (int i = 0; i < WARM_UP; i++) {
            body = send(request);
        }
        long[] nanos = new long[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            body = send(request);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        int entries = body.split("\"patientName\"", -1).length - 1;
        return new Result(practitioner == null ? "all" : "one", entries, body.getBytes(StandardCharsets.UTF_8).length,
                nanos);
    }

    private String send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/appointments answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
