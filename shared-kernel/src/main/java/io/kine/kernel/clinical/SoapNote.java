package io.kine.kernel.clinical;

/**
 * A structured visit note: Subjective (what the patient reports), Objective (what the
 * practitioner finds), Assessment, Plan. Any section may be null while the note is a draft.
 */
public record SoapNote(String subjective, String objective, String assessment, String plan) {

    public static final SoapNote EMPTY = new SoapNote(null, null, null, null);

    public boolean isBlank() {
        return blank(subjective) && blank(objective) && blank(assessment) && blank(plan);
    }

    private static boolean blank(String section) {
        return section == null || section.isBlank();
    }
}
