package vn.liaison.documents;

import java.time.LocalDate;
import java.util.List;

import vn.liaison.documents.OfficialDocument.BulletList;
import vn.liaison.documents.OfficialDocument.Heading;
import vn.liaison.documents.OfficialDocument.Paragraph;
import vn.liaison.documents.OfficialDocument.SignatureBlock;
import vn.liaison.documents.OfficialDocument.Table;
import vn.liaison.shared.Classification;

/** Documents the rendering tests share. */
final class SampleDocuments {

    static final String BODY = "Thực hiện Quy chế phối hợp số 01/QCPH-CAT-STTTT, Công an tỉnh xây dựng kế hoạch "
            + "kiểm tra việc bảo đảm an toàn, an ninh thông tin trên địa bàn; đề nghị các đơn vị phối hợp chặt chẽ, "
            + "cung cấp dữ liệu đầy đủ và đúng hạn theo những nội dung đã thống nhất.";
    static final String HEADING = "I. MỤC ĐÍCH, YÊU CẦU";
    static final String ITEM = "Trao đổi thông tin về tình hình an ninh mạng hằng tháng";
    static final String CELL = "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao";

    private SampleDocuments() {
    }

    static OfficialDocument plan() {
        return new OfficialDocument("Ủy ban nhân dân tỉnh An Giang", "Công an tỉnh An Giang", "12/KH-CAT", "An Giang",
                LocalDate.of(2026, 2, 5), "Kế hoạch", "Phối hợp bảo đảm an ninh thông tin năm 2026",
                List.of(new Heading(HEADING), new Paragraph(BODY), new BulletList(List.of(ITEM, "Kiểm tra định kỳ")),
                        new Table(List.of("STT", "Đơn vị chủ trì", "Thời hạn"),
                                List.of(List.of("1", CELL, "30/6/2026"), List.of("2", "Sở Khoa học và Công nghệ", "31/12/2026")))),
                new SignatureBlock("KT. Giám đốc", "Phó Giám đốc", "Nguyễn Văn Đức"),
                List.of("Như trên", "Sở Khoa học và Công nghệ tỉnh An Giang"),
                Classification.MAT, OfficialDocument.Urgency.KHAN);
    }

    static OfficialDocument letter(String subject, String body) {
        return new OfficialDocument(null, "Công an tỉnh An Giang", "345/CAT-PA05", "An Giang", LocalDate.of(2026, 11, 24),
                null, subject, List.of(new Paragraph(body)), new SignatureBlock(null, "Giám đốc", "Trần Thị Hữu"),
                List.of("Viễn thông An Giang;"), null, null);
    }
}
