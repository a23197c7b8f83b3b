package io.kine.infra.billing;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Lays a {@link BillingDocument} out as a PDF with openhtmltopdf. The DejaVu Sans files (Latin
 * and Arabic glyphs, from the jasperreports-fonts artifact on Maven Central, so no system font
 * is needed) are embedded in every PDF. For Arabic the ICU bidi splitter and reorderer shape
 * and join the letters and lay the text right to left.
 */
@Component
class PdfRenderer {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final String FAMILY = "DejaVu Sans";

    private final SpringTemplateEngine templates = new SpringTemplateEngine();
    private final String css;

    PdfRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/billing/pdf/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        templates.setTemplateResolver(resolver);
        try (var in = PdfRenderer.class.getResourceAsStream("/pdf/document.css")) {
            css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] render(BillingDocument document) {
        Context context = new Context(Locale.forLanguageTag(document.language()));
        context.setVariable("doc", document);
        context.setVariable("css", css);
        String xhtml = templates.process("document", context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> PdfRenderer.class.getResourceAsStream(FONTS + "DejaVuSans.ttf"), FAMILY, 400,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> PdfRenderer.class.getResourceAsStream(FONTS + "DejaVuSans-Bold.ttf"), FAMILY, 700,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(document.rightToLeft() ? BaseRendererBuilder.TextDirection.RTL
                : BaseRendererBuilder.TextDirection.LTR);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }
}
