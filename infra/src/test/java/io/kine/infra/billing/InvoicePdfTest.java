package io.kine.infra.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.organization.ChangeOrganizationSettings;
import io.kine.kernel.organization.LegalIdentifiers;
import io.kine.kernel.patients.PatientId;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Invoices as PDF, read back with PDFBox: the text holds the number, lines and totals; the
 * Arabic one is laid out right to left with joined letters, and every font is embedded.
 */
@KineIntegrationTest
class InvoicePdfTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired SystemCommands commands;
    @Autowired JdbcClient jdbc;

    BillingDesk desk;
    PatientId patient;
    String invoice;
    String number;

    @BeforeEach
    void anIssuedInvoiceInMoroccanDirhams() throws Exception {
        desk = new BillingDesk(context);
        commands.send(new ChangeOrganizationSettings(desk.clinic.organizationId(), "Cabinet Atlas",
                new LegalIdentifiers("Atlas Kiné SARL", null, null, "001234567000089", "40123456", "98765"), "MAD",
                Locale.FRENCH), desk.clinic.organizationId());
        await().until(() -> jdbc.sql("SELECT currency FROM read_model.organization WHERE organization_id = :id")
                .param("id", desk.clinic.organizationId().value()).query(String.class).single().equals("MAD"));
        patient = desk.aPatient("Alaoui");
        invoice = desk.send(desk.assistant, "/api/invoices", "{\"patientId\": \"" + patient + "\"}").get("id").asString();
        desk.send(desk.assistant, "/api/invoices/" + invoice + "/lines",
                "{\"description\": \"جلسة ترويض طبي\", \"quantity\": 2, \"unitPrice\": 150, \"taxRate\": 0}");
        desk.send(desk.assistant, "/api/invoices/" + invoice + "/lines", """
                {"description": "Bande de contention", "quantity": 1, "unitPrice": 89.90, "taxRate": 20,
                 "discount": {"kind": "AMOUNT", "value": 9.90}}
                """);
        number = desk.send(desk.assistant, "/api/invoices/" + invoice + "/issue", "{}").get("number").asString();
    }

    byte[] pdf(String lang) throws Exception {
        long started = System.nanoTime();
        try {
            return download(lang);
        } finally {
            System.out.printf("invoice PDF (%s) over HTTP: %d ms%n", lang, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private byte[] download(String lang) throws Exception {
        return mvc.perform(get("/api/invoices/" + invoice + "/pdf").param("lang", lang).with(user(desk.assistant)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void printsTheNumberLinesTaxBreakdownAndTotalsTheScreenShows() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf("fr"))) {
            String text = new PDFTextStripper().getText(document);

            assertThat(text).contains("Facture", number, "Cabinet Atlas", "ICE 001234567000089", "IF 40123456",
                    "Amina Alaoui", "Bande de contention", "Détail de la TVA", "Total TTC", "Reste à payer");
            // 2 x 150 = 300.00 at 0 %; 89.90 - 9.90 = 80.00 net, 16.00 tax: total 396.00 MAD
            assertThat(text).contains("300,00", "80,00", "16,00", "396,00", "MAD");
        }
    }

    @Test
    void laysAnArabicInvoiceOutRightToLeftWithJoinedLettersAndEmbeddedFonts() throws Exception {
        byte[] arabic = pdf("ar");
        byte[] french = pdf("fr");
        try (PDDocument ar = Loader.loadPDF(arabic); PDDocument fr = Loader.loadPDF(french)) {
            if (System.getProperty("kine.pdf.dump") != null) {
                javax.imageio.ImageIO.write(new PDFRenderer(ar).renderImageWithDPI(0, 110), "png",
                        new java.io.File(System.getProperty("kine.pdf.dump")));
            }
            int[] arabicLine = firstLineExtent(new PDFRenderer(ar).renderImage(0));
            int[] frenchLine = firstLineExtent(new PDFRenderer(fr).renderImage(0));
            int width = (int) ar.getPage(0).getMediaBox().getWidth();

            // the clinic's name heads the page: against the right margin in Arabic, the left one in French
            assertThat(arabicLine[0]).as("leftmost ink of the first Arabic line").isGreaterThan(width / 2);
            assertThat(frenchLine[1]).as("rightmost ink of the first French line").isLessThan(width / 2);
            // PDFBox re-orders extracted lines by its own bidi rules, so the number is checked by its parts
            assertThat(new PDFTextStripper().getText(ar)).contains("فاتورة", "000001", String.valueOf(number.substring(0, 4)),
                    "مجموع الضريبة", "396,00");
            assertThat(glyphs(ar)).as("Arabic letters drawn in their joined (contextual) forms")
                    .anyMatch(c -> c >= 0xFE70 && c <= 0xFEFF);
            for (PDPage page : ar.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                }
            }
        }
    }

    /** The horizontal extent, in points, of the topmost line of ink on the page. */
    static int[] firstLineExtent(BufferedImage page) {
        int top = -1;
        for (int y = 0; y < page.getHeight() && top < 0; y++) {
            if (inkIn(page, y)) {
                top = y;
            }
        }
        int left = page.getWidth();
        int right = -1;
        for (int y = top; y < page.getHeight() && inkIn(page, y); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                if (dark(page.getRGB(x, y))) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        return new int[] {left, right};
    }

    private static boolean inkIn(BufferedImage page, int y) {
        for (int x = 0; x < page.getWidth(); x++) {
            if (dark(page.getRGB(x, y))) {
                return true;
            }
        }
        return false;
    }

    private static boolean dark(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r + g + b < 600;
    }

    /** The code points of the glyphs as drawn, before PDFBox normalizes presentation forms. */
    static List<Integer> glyphs(PDDocument document) throws IOException {
        List<Integer> drawn = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                text.getUnicode().codePoints().forEach(drawn::add);
                super.processTextPosition(text);
            }
        };
        stripper.getText(document);
        return drawn;
    }
}
