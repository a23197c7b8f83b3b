package io.kine.infra.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.kine.command.scheduling.InvalidRecurrence;
import io.kine.kernel.patients.Sex;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every visible word comes from the bundles, in all three languages: no key is missing from
 * French, Arabic or English, every key a template or the code names exists, and templates
 * hold no literal text outside the placeholders Thymeleaf replaces.
 */
class MessageBundleTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final List<Path> JAVA_SOURCES = List.of(Path.of("src/main/java"), Path.of("../command-side/src/main/java"),
            Path.of("../query-side/src/main/java"));
    /** Attributes people read or hear; they must be th:-attributes fed from the bundles. */
    static final Set<String> READABLE_ATTRIBUTES = Set.of("placeholder", "title", "aria-label", "alt", "value");
    static final String[] HISTORY_PACKAGES = {"io.kine.kernel.patients", "io.kine.kernel.identity",
        "io.kine.kernel.audit", "io.kine.kernel.scheduling", "io.kine.kernel.clinical", "io.kine.kernel.billing"};
    static final Pattern LETTER = Pattern.compile("\\p{L}");

    @Test
    void frenchArabicAndEnglishHaveExactlyTheSameKeys() throws IOException {
        Set<String> french = bundle("messages.properties");

        assertThat(bundle("messages_ar.properties")).isEqualTo(french);
        assertThat(bundle("messages_en.properties")).isEqualTo(french);
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> keys = bundle("messages.properties");
        Pattern literalKey = Pattern.compile("#\\{([A-Za-z][\\w.]*)[}(]");

        assertThat(matches(templates(), literalKey)).isNotEmpty().allSatisfy(key -> assertThat(keys).contains(key));
    }

    @Test
    void everyMessageKeyTheCodeNamesExists() throws IOException {
        Set<String> keys = bundle("messages.properties");
        Pattern keyLiteral = Pattern.compile("\"((?:patient|validation|error|organization|user|recurrence|slotSearch|appointment|series|timeOff|workingHours|calendar|feed|clinical|case|visit|note|template|attachment|measure|billing|invoice|payment|catalog|product|dunning|creditNote|balance|audit|chain|erasure|export|report|dashboard|kpi|replay|projection|revenue)\\.[A-Za-z.]+)\"");

        assertThat(matches(javaSources(), keyLiteral)).isNotEmpty().allSatisfy(key -> assertThat(keys).contains(key));
    }

    @Test
    void everyEventAndEveryChoiceShownToPeopleHasALabel() throws IOException {
        Set<String> keys = bundle("messages.properties");
        List<JavaClass> events = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(HISTORY_PACKAGES).stream()
                .filter(type -> type.isAnnotatedWith(Revision.class)).toList();

        assertThat(events).isNotEmpty()
                .allSatisfy(event -> assertThat(keys).contains("event." + event.getSimpleName()));
        assertThat(Stream.of(Sex.values()).map(sex -> "sex." + sex)).allSatisfy(key -> assertThat(keys).contains(key));
        assertThat(Stream.of(InvalidRecurrence.Reason.values()).map(InvalidRecurrence.Reason::messageKey))
                .allSatisfy(key -> assertThat(keys).contains(key));
    }

    /** The History tabs name every field an event of these features carries, as {@code field.<path>}. */
    @Test
    void everyFieldAHistoryShowsHasALabel() throws IOException {
        Set<String> keys = bundle("messages.properties");
        Set<String> fields = new TreeSet<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.kine.kernel.patients", "io.kine.kernel.scheduling", "io.kine.kernel.clinical",
                        "io.kine.kernel.billing").stream()
                .filter(type -> type.isAnnotatedWith(Revision.class))
                .forEach(type -> HistoryFields.of(type.reflect(), "", fields));

        assertThat(fields).contains("subjective", "amounts.total", "notes")
                .allSatisfy(field -> assertThat(keys).contains("field." + field));
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templatePaths()) {
            Document page = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : page.getAllElements()) {
                if (element.tagName().equals("script") || isReplacedByThymeleaf(element)) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (LETTER.matcher(text.text()).find()) {
                        literals.add(template.getFileName() + ": <" + element.tagName() + "> " + text.text().strip());
                    }
                }
                element.attributes().forEach(attribute -> {
                    if (READABLE_ATTRIBUTES.contains(attribute.getKey()) && LETTER.matcher(attribute.getValue()).find()) {
                        literals.add(template.getFileName() + ": " + attribute.getKey() + "=" + attribute.getValue());
                    }
                });
            }
        }
        assertThat(literals).isEmpty();
    }

    /** Its content is a placeholder that Thymeleaf replaces (th:text, th:errors) or removes (th:replace). */
    private static boolean isReplacedByThymeleaf(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:errors") || e.hasAttr("th:replace")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static List<Path> templatePaths() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(path -> path.toString().endsWith(".html")).toList();
        }
    }

    private static String templates() throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path template : templatePaths()) {
            all.append(Files.readString(template));
        }
        return all.toString();
    }

    private static String javaSources() throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path root : JAVA_SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path source : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    all.append(Files.readString(source));
                }
            }
        }
        return all.toString();
    }

    private static Set<String> matches(String text, Pattern pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
