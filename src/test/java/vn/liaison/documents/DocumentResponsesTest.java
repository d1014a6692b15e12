package vn.liaison.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class DocumentResponsesTest {

    @Test
    void attachmentsHaveTheMediaTypeAndAUtf8FileName() {
        ResponseEntity<byte[]> pdf = DocumentResponses.pdf(new byte[] {1, 2, 3}, "kế-hoạch 12/KH-CAT");
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        String disposition = pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment").contains("filename*=UTF-8''k%E1%BA%BF-ho%E1%BA%A1ch%2012_KH-CAT.pdf");
        assertThat(pdf.getBody()).containsExactly(1, 2, 3);

        assertThat(DocumentResponses.docx(new byte[0], "a.docx").getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(DocumentResponses.docx(new byte[0], "a.docx").getHeaders().getContentDisposition().getFilename())
                .isEqualTo("a.docx");
        assertThat(DocumentResponses.xlsx(new byte[0], "tiến độ").getHeaders().getContentDisposition().getFilename())
                .isEqualTo("tiến độ.xlsx");
    }
}
