package vn.liaison.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders the XHTML rendition to PDF with openhtmltopdf, embedding Liberation Serif (metric-compatible with Times
 * New Roman, with every Vietnamese glyph): without an embedded font the base-14 fonts print "#" for ệ, đ, ữ.
 */
final class PdfWriter {

    private record Face(String file, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face("fonts/LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("fonts/LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("fonts/LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
            new Face("fonts/LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));

    private final List<byte[]> fonts;

    PdfWriter() {
        // Read once: the fonts are 400 kB each and every rendering needs them.
        this.fonts = FACES.stream().map(f -> resource(f.file())).toList();
    }

    byte[] write(String xhtml, LocalDate date, String title) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        for (int i = 0; i < FACES.size(); i++) {
            byte[] font = fonts.get(i);
            Face face = FACES.get(i);
            builder.useFont(() -> new ByteArrayInputStream(font), XhtmlBuilder.FAMILY, face.weight(), face.style(), true);
        }
        builder.withHtmlContent(xhtml, null);
        builder.withProducer("Liaison");
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            renderer.layout();
            PDDocument pdf = renderer.createPDFKeepOpen();
            fixedIdentity(pdf, date, title);
            pdf.save(out);
            pdf.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Same document in, same bytes out: fixed dates and a document id derived from the content. */
    private static void fixedIdentity(PDDocument pdf, LocalDate date, String title) {
        GregorianCalendar when = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        when.setTimeInMillis((date == null ? LocalDate.of(2000, 1, 1) : date).atStartOfDay().toInstant(ZoneOffset.UTC)
                .toEpochMilli());
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(when);
        info.setModificationDate(when);
        info.setProducer("Liaison");
        info.setTitle(title);
        pdf.setDocumentId((long) (title == null ? 0 : title.hashCode()) << 32 | when.getTimeInMillis() & 0xffffffffL);
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfWriter.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
