package vn.liaison.documents;

/** Renders official documents as files a word processor opens: DOCX (Apache POI) and PDF (embedded Vietnamese font). */
public interface DocumentRenderer {

    byte[] docx(OfficialDocument document);

    byte[] pdf(OfficialDocument document);
}
