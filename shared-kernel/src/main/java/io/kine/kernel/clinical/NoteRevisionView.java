package io.kine.kernel.clinical;

import io.kine.kernel.identity.UserId;
import java.time.Instant;
import java.util.List;

/** One saved revision of a visit's note, exactly as written, with its author and time. */
public record NoteRevisionView(
        VisitId visitId,
        int revision,
        UserId authorId,
        String authorName,
        Instant revisedAt,
        SoapNote note,
        List<OutcomeMeasure> measures,
        NoteTemplateId templateId) {
}
