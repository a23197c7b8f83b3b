package io.kine.infra.clinical;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import io.kine.kernel.clinical.NoteRevisionView;
import io.kine.kernel.clinical.OutcomeMeasure;
import io.kine.kernel.clinical.SoapNote;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Two revisions of a note side by side, section by section, line by line, with the words
 * deleted and added marked ({@code <del>} and {@code <ins>}). The diff itself is
 * java-diff-utils' (Myers); text is HTML-escaped by its line normalizer before any mark is
 * added, so the rows are safe to render as HTML.
 */
final class RevisionDiff {

    /** The note's sections in reading order, with the key of their label. */
    static final List<String> SECTIONS = List.of("subjective", "objective", "assessment", "plan", "measures");

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            .lineNormalizer(DiffRowGenerator.LINE_NORMALIZER_FOR_HTML)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    /** One line: its kind (EQUAL, CHANGE, INSERT, DELETE) and the two sides as safe HTML. */
    record Row(String tag, String before, String after) {
    }

    /** One section of the note and its rows; {@code changed} when any row differs. */
    record Section(String name, List<Row> rows, boolean changed) {
    }

    private RevisionDiff() {
    }

    static List<Section> between(NoteRevisionView from, NoteRevisionView to) {
        List<Section> sections = new ArrayList<>();
        for (String name : SECTIONS) {
            List<DiffRow> rows = GENERATOR.generateDiffRows(lines(text(from, name)), lines(text(to, name)));
            List<Row> converted = rows.stream().map(r -> new Row(r.getTag().name(), r.getOldLine(), r.getNewLine()))
                    .toList();
            sections.add(new Section(name, converted, rows.stream().anyMatch(r -> r.getTag() != DiffRow.Tag.EQUAL)));
        }
        return sections;
    }

    private static String text(NoteRevisionView revision, String section) {
        SoapNote note = revision.note();
        Function<SoapNote, String> reader = switch (section) {
            case "subjective" -> SoapNote::subjective;
            case "objective" -> SoapNote::objective;
            case "assessment" -> SoapNote::assessment;
            case "plan" -> SoapNote::plan;
            default -> n -> revision.measures().stream().map(RevisionDiff::measure).collect(Collectors.joining("\n"));
        };
        String text = reader.apply(note);
        return text == null ? "" : text;
    }

    private static String measure(OutcomeMeasure measure) {
        return measure.kind().name() + " " + measure.value() + "/" + measure.kind().max();
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\r?\n", -1));
    }
}
