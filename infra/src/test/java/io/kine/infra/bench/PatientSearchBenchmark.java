package io.kine.infra.bench;

import io.kine.infra.KineApplication;
import io.kine.infra.TestClinics;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.FindPatients;
import io.kine.kernel.patients.PatientPage;
import io.kine.kernel.patients.PatientSort;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A benchmark, not a test: patient list and search latency through the query bus when one
 * clinic has 100,000 patients (rows written straight into the read model, as a replay would),
 * and the plan PostgreSQL picks for a name search. Figures: docs/benchmarks.md.
 */
public final class PatientSearchBenchmark {

    private static final int PATIENTS = Integer.getInteger("bench.patients", 100_000);
    private static final int REPETITIONS = Integer.getInteger("bench.repetitions", 100);

    /** What front desks type, from common to rare. */
    private static final Map<String, FindPatientsFactory> SEARCHES = new LinkedHashMap<>();

    static {
        SEARCHES.put("list, page 1 by last name", clinic -> query(clinic, null, 1));
        SEARCHES.put("list, page 2500 (offset 50,000)", clinic -> query(clinic, null, 2500));
        SEARCHES.put("one name: 'benali'", clinic -> query(clinic, "benali", 1));
        SEARCHES.put("two names: 'amina benali'", clinic -> query(clinic, "amina benali", 1));
        SEARCHES.put("name fragment: 'ali'", clinic -> query(clinic, "ali", 1));
        SEARCHES.put("phone digits: '06 10 34 5'", clinic -> query(clinic, "06 10 34 5", 1));
        SEARCHES.put("e-mail fragment: 'amina.benali4'", clinic -> query(clinic, "amina.benali4", 1));
        SEARCHES.put("no match: 'zzzz'", clinic -> query(clinic, "zzzz", 1));
    }

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KineApplication.class)
                .profiles("test").run(settings.applicationArguments())) {
            OrganizationId clinic = new TestClinics(context).aClinic().organizationId();
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long loaded = loadPatients(jdbc, clinic);
            QueryGateway queries = context.getBean(QueryGateway.class);
            System.out.printf("%nPatient search: %,d patients in one clinic, %d runs per search, %s%n", loaded,
                    REPETITIONS, jdbc.sql("SHOW server_version").query(String.class).single());
            System.out.printf("%-40s %10s %8s %8s %8s%n", "search", "matches", "p50 ms", "p95 ms", "max ms");
            SEARCHES.forEach((name, factory) -> measure(queries, name, factory.create(clinic)));
            System.out.println();
            System.out.println("Plan of the one-name search:");
            explainNameSearch(jdbc, clinic).forEach(line -> System.out.println("  " + line));
        }
        System.exit(0);
    }

    /**
     * 100,000 plausible patients in one statement: 16 first names x 20 last names, French
     * mobile numbers, e-mails; search_text and name_key folded as the projection folds them.
     */
    private static long loadPatients(JdbcClient jdbc, OrganizationId clinic) {
        jdbc.sql("""
                INSERT INTO read_model.patient (patient_id, organization_id, first_name, last_name, date_of_birth, sex,
                    phone, email, archived, registered_at, updated_at, version, name_key, search_text)
                SELECT gen_random_uuid(), :org, f, l, DATE '1940-01-01' + (i % 29000), 'UNKNOWN',
                       '+336' || lpad((10000000 + i * 7)::text, 8, '0'), lower(f || '.' || l || i || '@example.org'),
                       false, now(), now(), 0, lower(f || ' ' || l),
                       lower(f || ' ' || l) || ' 336' || lpad((10000000 + i * 7)::text, 8, '0')
                           || ' 06' || lpad((10000000 + i * 7)::text, 8, '0') || ' ' || lower(f || '.' || l || i || '@example.org')
                FROM generate_series(1, :count) AS i,
                     LATERAL (SELECT (ARRAY['Amina','Camille','Elodie','Fatima','Ines','Julie','Khadija','Lea','Adam',
                                            'Hugo','Karim','Lucas','Mehdi','Omar','Theo','Youssef'])[1 + i % 16] AS f,
                                     (ARRAY['Alaoui','Benali','Bennani','Bernard','Chraibi','Dubois','Durand','Amrani',
                                            'Fassi','Garcia','Haddad','Lefevre','Martin','Moreau','Petit','Rousseau',
                                            'Tazi','Ziani','Bouchard','Lambert'])[1 + (i / 16) % 20] AS l) AS names
                """).param("org", clinic.value()).param("count", PATIENTS).update();
        jdbc.sql("ANALYZE read_model.patient").update();
        return jdbc.sql("SELECT count(*) FROM read_model.patient WHERE organization_id = :org")
                .param("org", clinic.value()).query(Long.class).single();
    }

    private static void measure(QueryGateway queries, String name, FindPatients query) {
        PatientPage page = null;
        for (int i = 0; i < 5; i++) {
            page = ask(queries, query);
        }
        long[] nanos = new long[REPETITIONS];
        for (int i = 0; i < REPETITIONS; i++) {
            long start = System.nanoTime();
            ask(queries, query);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-40s %,10d %8.1f %8.1f %8.1f%n", name, page.total(), millis(nanos, 0.50),
                millis(nanos, 0.95), nanos[nanos.length - 1] / 1e6);
    }

    private static PatientPage ask(QueryGateway queries, FindPatients query) {
        return queries.query(TestClinics.asSystem(query, query.organizationId()), ResponseTypes.instanceOf(PatientPage.class))
                .join();
    }

    private static List<String> explainNameSearch(JdbcClient jdbc, OrganizationId clinic) {
        return jdbc.sql("""
                EXPLAIN SELECT count(*) FROM read_model.patient
                WHERE organization_id = :org AND NOT archived AND search_text LIKE '%benali%'
                """).param("org", clinic.value()).query(String.class).list();
    }

    private static double millis(long[] sorted, double percentile) {
        return sorted[(int) Math.ceil(percentile * sorted.length) - 1] / 1e6;
    }

    private static FindPatients query(OrganizationId clinic, String search, int page) {
        return new FindPatients(clinic, search, false, PatientSort.LAST_NAME, false, page, 20);
    }

    @FunctionalInterface
    private interface FindPatientsFactory {
        FindPatients create(OrganizationId clinic);
    }
}
