package io.kine.kernel.clinical;

public record NoteTemplateView(NoteTemplateId templateId, String name, SoapNote sections, boolean retired, long version) {
}
