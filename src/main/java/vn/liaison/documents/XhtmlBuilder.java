package vn.liaison.documents;

import java.util.List;

import vn.liaison.documents.OfficialDocument.Block;
import vn.liaison.documents.OfficialDocument.BulletList;
import vn.liaison.documents.OfficialDocument.Heading;
import vn.liaison.documents.OfficialDocument.Paragraph;
import vn.liaison.documents.OfficialDocument.Table;

/**
 * The same Decree 30/2020 page as the DOCX, as strict XHTML for openhtmltopdf. Every text is escaped here and
 * nowhere else: all of it may come from users.
 */
final class XhtmlBuilder {

    static final String FAMILY = "Liberation Serif";

    private static final String CSS = """
            @page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm;
              @top-center { content: counter(page); font-family: '%1$s'; font-size: 13pt; } }
            @page :first { @top-center { content: none; } }
            body { font-family: '%1$s'; font-size: 14pt; line-height: 1.25; color: #000; margin: 0; }
            table { border-collapse: collapse; width: 100%%; }
            td, th { vertical-align: top; word-wrap: break-word; }
            .head td, .closing td { text-align: center; padding: 0; }
            .head, .closing { table-layout: fixed; }
            .governing { font-size: 12pt; }
            .issuing { font-size: 12pt; font-weight: bold; }
            .number { font-size: 13pt; margin-top: 4pt; }
            .vv { font-size: 12pt; }
            .mark { font-size: 13pt; font-weight: bold; border: 1px solid #000; padding: 1pt 4pt; display: inline-block; margin-top: 4pt; }
            .urgency { color: #c00000; border-color: #c00000; }
            .nation { font-size: 12pt; font-weight: bold; }
            .motto { font-size: 13pt; font-weight: bold; }
            .motto span { border-bottom: 1px solid #000; }
            .date { font-size: 13pt; font-style: italic; margin-top: 6pt; }
            .letter-gap { height: 14pt; }
            .type { text-align: center; font-weight: bold; margin-top: 14pt; }
            .subject { text-align: center; font-weight: bold; margin-bottom: 12pt; }
            p { margin: 0 0 6pt 0; text-align: justify; text-indent: 10mm; word-wrap: break-word; }
            h2 { font-size: 14pt; font-weight: bold; margin: 6pt 0; text-indent: 10mm; word-wrap: break-word; }
            ul { margin: 0 0 6pt 0; padding-left: 10mm; list-style-type: none; }
            li { text-align: justify; word-wrap: break-word; }
            .grid { margin: 6pt 0 8pt 0; table-layout: fixed; }
            .grid th, .grid td { border: 1px solid #000; padding: 2pt 4pt; font-size: 13pt; text-align: left; }
            .grid th { font-weight: bold; }
            .closing { margin-top: 12pt; }
            .closing td.recipients { text-align: left; }
            .recipients-label { font-size: 12pt; font-weight: bold; font-style: italic; }
            .recipient { font-size: 11pt; }
            .competence, .position, .signer { font-size: 14pt; font-weight: bold; }
            .signature-space { height: 28mm; }
            """.formatted(FAMILY);

    String build(DocumentLayout l) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(escape(l.isLetter() ? l.letterSubject() : l.typeName())).append("</title>")
                .append("<style>").append(CSS).append("</style></head><body>");
        header(h, l);
        if (l.isLetter()) {
            h.append("<div class=\"letter-gap\"></div>");
        } else {
            div(h, "type", l.typeName());
            if (!l.subject().isEmpty()) {
                div(h, "subject", l.subject());
            }
        }
        for (Block b : l.body()) {
            block(h, b);
        }
        closing(h, l);
        h.append("</body></html>");
        return h.toString();
    }

    private static void header(StringBuilder h, DocumentLayout l) {
        h.append("<table class=\"head\"><tr><td style=\"width: 40%\">");
        if (l.governingBody() != null) {
            div(h, "governing", l.governingBody());
        }
        div(h, "issuing", l.issuingBody());
        div(h, "number", l.numberLine());
        if (l.letterSubject() != null) {
            div(h, "vv", l.letterSubject());
        }
        if (l.classificationMark() != null) {
            h.append("<div><span class=\"mark\">").append(escape(l.classificationMark())).append("</span></div>");
        }
        if (l.urgencyMark() != null) {
            h.append("<div><span class=\"mark urgency\">").append(escape(l.urgencyMark())).append("</span></div>");
        }
        h.append("</td><td style=\"width: 60%\">");
        div(h, "nation", l.nationalTitle());
        h.append("<div class=\"motto\"><span>").append(escape(l.motto())).append("</span></div>");
        div(h, "date", l.placeAndDate());
        h.append("</td></tr></table>");
    }

    private static void block(StringBuilder h, Block block) {
        if (block instanceof Heading heading) {
            h.append("<h2>").append(escape(heading.text())).append("</h2>");
        } else if (block instanceof Paragraph p) {
            h.append("<p>").append(escape(p.text())).append("</p>");
        } else if (block instanceof BulletList list) {
            h.append("<ul>");
            for (String item : list.items()) {
                h.append("<li>- ").append(escape(item)).append("</li>");
            }
            h.append("</ul>");
        } else if (block instanceof Table t) {
            table(h, t);
        }
    }

    private static void table(StringBuilder h, Table t) {
        int columns = t.columns();
        h.append("<table class=\"grid\"><thead><tr>");
        for (int c = 0; c < columns; c++) {
            h.append("<th>").append(escape(c < t.headers().size() ? t.headers().get(c) : "")).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (List<String> row : t.rows()) {
            h.append("<tr>");
            for (int c = 0; c < columns; c++) {
                h.append("<td>").append(escape(c < row.size() ? row.get(c) : "")).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    private static void closing(StringBuilder h, DocumentLayout l) {
        h.append("<table class=\"closing\"><tr><td class=\"recipients\" style=\"width: 45%\">");
        div(h, "recipients-label", DocumentLayout.RECIPIENTS_LABEL);
        for (String r : l.recipients()) {
            div(h, "recipient", r);
        }
        h.append("</td><td style=\"width: 55%\">");
        if (l.competence() != null) {
            div(h, "competence", l.competence());
        }
        if (l.position() != null) {
            div(h, "position", l.position());
        }
        h.append("<div class=\"signature-space\"></div>");
        div(h, "signer", l.signerName());
        h.append("</td></tr></table>");
    }

    private static void div(StringBuilder h, String cssClass, String text) {
        h.append("<div class=\"").append(cssClass).append("\">").append(escape(text)).append("</div>");
    }

    /** XML-escapes cleaned text; line feeds become line breaks. */
    static String escape(String text) {
        String clean = DocumentText.clean(text);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append("<br/>");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
