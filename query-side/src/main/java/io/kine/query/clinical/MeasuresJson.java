package io.kine.query.clinical;

import io.kine.kernel.clinical.MeasureKind;
import io.kine.kernel.clinical.OutcomeMeasure;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Measures as the JSON analysts read in {@code measures} columns: {@code [{"kind": "PAIN",
 * "value": 6}]}. Kinds are enum names and values integers, so no escaping is ever needed.
 */
final class MeasuresJson {

    private static final Pattern ITEM = Pattern.compile("\"kind\":\\s*\"([A-Z_]+)\",\\s*\"value\":\\s*(-?\\d+)");

    private MeasuresJson() {
    }

    static String write(List<OutcomeMeasure> measures) {
        return measures.stream().map(m -> "{\"kind\": \"" + m.kind().name() + "\", \"value\": " + m.value() + "}")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** Reads what PostgreSQL gives back for a jsonb column (keys in its own order: kind, value). */
    static List<OutcomeMeasure> read(String json) {
        List<OutcomeMeasure> measures = new ArrayList<>();
        Matcher matcher = ITEM.matcher(json == null ? "" : json);
        while (matcher.find()) {
            measures.add(new OutcomeMeasure(MeasureKind.valueOf(matcher.group(1)), Integer.parseInt(matcher.group(2))));
        }
        return List.copyOf(measures);
    }
}
