package io.kine.infra.demo;

import io.kine.kernel.patients.Insurance;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PostalAddress;
import io.kine.kernel.patients.Sex;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Plausible French and Moroccan patients, the same ones for the same seed. */
final class DemoPatients {

    private static final List<String> WOMEN = List.of("Amina", "Camille", "Élodie", "Fatima", "Inès", "Julie",
            "Khadija", "Léa", "Manon", "Meryem", "Nadia", "Salma", "Sophie", "Yasmine", "Zineb", "Chloé");
    private static final List<String> MEN = List.of("Adam", "Antoine", "Hamza", "Hugo", "Karim", "Lucas", "Mehdi",
            "Nicolas", "Omar", "Rachid", "Théo", "Thomas", "Youssef", "Zakaria", "Étienne", "Mathis");
    private static final List<String> LAST_NAMES = List.of("Alaoui", "Benali", "Bennani", "Bernard", "Chraibi",
            "Dubois", "Durand", "El Amrani", "Fassi", "Garcia", "Haddad", "Lefèvre", "Martin", "Moreau", "Petit",
            "Rousseau", "Tazi", "Ziani", "Bouchard", "Lambert");
    private static final List<String> STREETS = List.of("rue de la Roquette", "boulevard Voltaire",
            "rue Oberkampf", "avenue de la République", "rue des Lilas", "rue de Charonne");
    private static final List<String> INSURERS = List.of("MGEN", "Harmonie Mutuelle", "AXA", "CNSS", "CNOPS");

    private final Random random;

    DemoPatients(long seed) {
        this.random = new Random(seed);
    }

    PatientDetails next() {
        boolean woman = random.nextBoolean();
        String first = pick(woman ? WOMEN : MEN);
        String last = pick(LAST_NAMES);
        LocalDate born = LocalDate.of(1940 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28));
        // 061... is inside the French mobile ranges libphonenumber accepts
        String phone = random.nextInt(10) < 8 ? "061" + String.format("%07d", random.nextInt(10_000_000)) : null;
        String email = random.nextInt(10) < 7 ? ascii(first + "." + last) + "@example.org" : null;
        PostalAddress address = new PostalAddress((1 + random.nextInt(120)) + " " + pick(STREETS),
                "750" + (10 + random.nextInt(10)), "Paris", "France");
        Insurance insurance = random.nextInt(10) < 6
                ? new Insurance(pick(INSURERS), String.valueOf(100_000 + random.nextInt(900_000))) : Insurance.NONE;
        return new PatientDetails(first, last, born, woman ? Sex.FEMALE : Sex.MALE, phone, email, address, insurance);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace(' ', '-').toLowerCase(Locale.ROOT);
    }
}
