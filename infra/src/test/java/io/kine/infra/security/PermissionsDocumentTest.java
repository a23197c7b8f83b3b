package io.kine.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/permissions.md shows the role matrix to people; the {@link Role} enum is what Kine
 * enforces. This test rebuilds the table from the enum, so the page cannot drift from the code.
 */
class PermissionsDocumentTest {

    static final Path DOCUMENT = Path.of("../docs/permissions.md");
    static final String START = "<!-- matrix:start -->";
    static final String END = "<!-- matrix:end -->";
    static final String EXPLANATIONS = "## What each permission allows";

    @Test
    void documentsTheRoleMatrixExactlyAsTheCodeDefinesIt() throws IOException {
        String document = Files.readString(DOCUMENT);
        assertThat(document).contains(START, END);
        String documented = document.substring(document.indexOf(START) + START.length(), document.indexOf(END)).strip();

        assertThat(documented)
                .withFailMessage("docs/permissions.md is out of date; replace the table between the markers with:%n%n%s%n",
                        matrix())
                .isEqualTo(matrix());
    }

    @Test
    void explainsWhatEveryPermissionAllows() throws IOException {
        String document = Files.readString(DOCUMENT);
        String explanations = document.substring(document.indexOf(EXPLANATIONS));

        assertThat(Arrays.stream(Permission.values()).map(p -> "| `" + p.key() + "` | "))
                .allSatisfy(row -> assertThat(explanations).contains(row));
    }

    static String matrix() {
        String header = "| Permission | " + Arrays.stream(Role.values()).map(PermissionsDocumentTest::title)
                .collect(Collectors.joining(" | ")) + " |";
        String rule = "|---|" + "---|".repeat(Role.values().length);
        String rows = Arrays.stream(Permission.values())
                .map(permission -> "| `" + permission.key() + "` | " + Arrays.stream(Role.values())
                        .map(role -> role.grants(permission) ? "yes" : "no")
                        .collect(Collectors.joining(" | ")) + " |")
                .collect(Collectors.joining("\n"));
        return header + "\n" + rule + "\n" + rows;
    }

    private static String title(Role role) {
        return role.name().charAt(0) + role.name().substring(1).toLowerCase(Locale.ROOT);
    }
}
