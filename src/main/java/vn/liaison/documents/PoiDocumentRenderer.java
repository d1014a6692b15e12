package vn.liaison.documents;

import org.springframework.stereotype.Component;

/** DOCX and PDF of an official document from one layout, so that both files say the same thing. */
@Component
class PoiDocumentRenderer implements DocumentRenderer {

    private final DocxWriter docx = new DocxWriter();
    private final XhtmlBuilder xhtml = new XhtmlBuilder();
    private final PdfWriter pdf = new PdfWriter();

    @Override
    public byte[] docx(OfficialDocument document) {
        return docx.write(DocumentLayout.of(document), document.date());
    }

    @Override
    public byte[] pdf(OfficialDocument document) {
        DocumentLayout layout = DocumentLayout.of(document);
        String title = DocumentText.clean(document.numberAndSymbol()) + " " + DocumentText.clean(document.subject());
        return pdf.write(xhtml.build(layout), document.date(), title.strip());
    }
}
