package vn.liaison.requests;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.liaison.agreements.AgreementDirectory;
import vn.liaison.attachments.AgencySignatures;
import vn.liaison.attachments.AttachmentStore;
import vn.liaison.attachments.NewAttachment;
import vn.liaison.security.AccountManagement;
import vn.liaison.security.AccountView;
import vn.liaison.security.Actor;
import vn.liaison.security.AgencyLineage;
import vn.liaison.shared.Classification;

/**
 * Demo requests (demo mode only, when the table is empty), made through the service as the demo people would:
 * CA-HGG ↔ VNPT-HGG lookups and verifications (signed answers, one overdue, one returned for clarification, one
 * emergency sent before approval, one awaiting approval), CA-AGG ↔ STTTT-AGG a forensic assessment and evidence
 * with its chain of custody. All names and numbers are fictional.
 */
@Component
@Order(300)
@ConditionalOnProperty(name = "liaison.demo.enabled", havingValue = "true")
class RequestsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RequestsDemoData.class);

    private final RequestService service;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ObjectProvider<AccountManagement> accounts;
    private final ObjectProvider<AgencyLineage> lineage;
    private final ObjectProvider<AgreementDirectory> agreements;
    private final ObjectProvider<AgencySignatures> signatures;
    private final ObjectProvider<AttachmentStore> files;

    RequestsDemoData(RequestService service, JdbcClient jdbc, TransactionTemplate tx,
            ObjectProvider<AccountManagement> accounts, ObjectProvider<AgencyLineage> lineage,
            ObjectProvider<AgreementDirectory> agreements, ObjectProvider<AgencySignatures> signatures,
            ObjectProvider<AttachmentStore> files) {
        this.service = service;
        this.jdbc = jdbc;
        this.tx = tx;
        this.accounts = accounts;
        this.lineage = lineage;
        this.agreements = agreements;
        this.signatures = signatures;
        this.files = files;
    }

    static UUID agency(String code) {
        return UUID.nameUUIDFromBytes(("agency:" + code).getBytes(UTF_8));
    }

    static UUID person(String username) {
        return UUID.nameUUIDFromBytes(("person:" + username).getBytes(UTF_8));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM coordination_request").query(Long.class).single() > 0) {
            return;
        }
        if (accounts.getIfAvailable() == null || agreements.getIfAvailable() == null || signatures.getIfAvailable() == null) {
            log.info("Demo requests skipped: accounts, agreements or signatures are not available yet");
            return;
        }
        try {
            load();
            log.info("Demo requests loaded");
        } catch (RuntimeException e) {
            // Demo data must never stop the application: say why and go on.
            log.warn("Demo requests not (fully) loaded: {}", e.getMessage());
        }
    }

    private void load() {
        LocalDate today = LocalDate.now();
        UUID caHgg = agency("CA-HGG");
        UUID vnptHgg = agency("VNPT-HGG");
        UUID caAgg = agency("CA-AGG");
        UUID sttttAgg = agency("STTTT-AGG");
        LegalBasis basis = new LegalBasis("128/QĐ-CAT-PA05", today.minusDays(3), "Quyết định khởi tố vụ án",
                "Cơ quan Cảnh sát điều tra Công an tỉnh Hà Giang", person("leader.ca-hgg"), today.plusMonths(3));

        // 1. a lookup, approved, answered (disclosed, signed, with a file) and closed
        RequestService.Created a = as("officer.ca-hgg", () -> service.create(lookup(vnptHgg, basis,
                "Tra cứu chủ thuê bao các số điện thoại liên quan vụ lừa đảo chiếm đoạt tài sản",
                "Đối tượng giả danh nhân viên ngân hàng gọi điện cho bị hại", Urgency.NORMAL,
                List.of("0912 345 678", "0987 654 321", "0203 3866 123"))));
        as("officer.ca-hgg", () -> service.submit(a.id(), null));
        as("leader.ca-hgg", () -> service.approve(a.id(), null));
        as("secretariat.vnpt-hgg", () -> service.acknowledge(a.id(), null));
        as("secretariat.vnpt-hgg", () -> service.assign(a.id(), null, person("officer.vnpt-hgg")));
        as("officer.vnpt-hgg", () -> service.answer(a.id(), null, new AnswerCommand(Outcome.PARTIALLY_DISCLOSED, null, null,
                List.of(new AnswerCommand.TaskAnswer(1, TaskResult.FOUND, "Chủ thuê bao: Trần Văn Demo, CCCD 002095012345, đăng ký 12/03/2021"),
                        new AnswerCommand.TaskAnswer(2, TaskResult.FOUND, "Chủ thuê bao: Lê Thị Minh Họa, thuê bao trả trước"),
                        new AnswerCommand.TaskAnswer(3, TaskResult.NOT_FOUND, "Số cố định không thuộc mạng VNPT")),
                "Viễn thông Hà Giang cung cấp kết quả tra cứu như trên.", demoFile("ket-qua-tra-cuu.csv",
                        "so_thue_bao,chu_thue_bao\n+84912345678,Trần Văn Demo\n+84987654321,Lê Thị Minh Họa\n"))));
        as("officer.ca-hgg", () -> service.close(a.id(), null));

        // 2. a verification answered "no data"
        RequestService.Created b = as("officer.ca-hgg", () -> service.create(new NewRequest(RequestKind.VERIFICATION, null,
                vnptHgg, null, "Xác minh chủ tài khoản mạng xã hội đăng tin sai sự thật", null, basis,
                Classification.UNCLASSIFIED, Urgency.URGENT, null, "Đã bố trí trinh sát theo dõi tài khoản", null, null,
                List.of(new IdentifierInput(IdentifierType.SOCIAL_ACCOUNT, "@tin.nong.hagiang", "FACEBOOK"),
                        new IdentifierInput(IdentifierType.EMAIL, "tinnong.hg@example.com", null)),
                List.of(), List.of(), List.of(), null)));
        as("officer.ca-hgg", () -> service.submit(b.id(), null));
        as("leader.ca-hgg", () -> service.approve(b.id(), null));
        as("secretariat.vnpt-hgg", () -> service.acknowledge(b.id(), null));
        as("officer.vnpt-hgg", () -> service.answer(b.id(), null, new AnswerCommand(Outcome.NO_DATA, null, null, List.of(),
                "Không có dữ liệu về các định danh trên trong hệ thống của Viễn thông Hà Giang.", List.of())));

        // 3. an overdue lookup in progress (sent two days ago: its 24 hours are over)
        RequestService.Created c = as("officer.ca-hgg", () -> service.create(lookup(vnptHgg, basis,
                "Tra cứu lịch sử sử dụng IMEI của điện thoại thu giữ", null, Urgency.NORMAL, List.of())
                .withIdentifiers(List.of(new IdentifierInput(IdentifierType.IMEI, "490154203237518", null)))));
        as("officer.ca-hgg", () -> service.submit(c.id(), null));
        as("leader.ca-hgg", () -> service.approve(c.id(), null));
        as("secretariat.vnpt-hgg", () -> service.acknowledge(c.id(), null));
        as("secretariat.vnpt-hgg", () -> service.assign(c.id(), null, person("officer.vnpt-hgg")));
        shift(c.id(), Duration.ofHours(48));

        // 4. a verification returned for clarification (the clock paused)
        RequestService.Created d = as("officer.ca-hgg", () -> service.create(new NewRequest(RequestKind.VERIFICATION, null,
                vnptHgg, null, "Xác minh địa chỉ IP truy cập trang tin giả mạo", null, basis, Classification.UNCLASSIFIED,
                Urgency.NORMAL, null, null, null, null,
                List.of(new IdentifierInput(IdentifierType.IP_ADDRESS, "113.160.12.7", today.minusDays(2) + "T21:15|443")),
                List.of(), List.of(), List.of(), null)));
        as("officer.ca-hgg", () -> service.submit(d.id(), null));
        as("leader.ca-hgg", () -> service.approve(d.id(), null));
        as("secretariat.vnpt-hgg", () -> service.returnForClarification(d.id(), null,
                "Đề nghị bổ sung múi giờ của thời điểm truy cập và cổng nguồn."));

        // 5. an emergency lookup sent before approval
        RequestService.Created e = as("officer.ca-hgg", () -> service.create(lookup(vnptHgg, basis,
                "Khẩn: xác định vị trí thuê bao đe dọa tính mạng con tin", null, Urgency.EMERGENCY, List.of("0398 765 432"))));
        as("officer.ca-hgg", () -> service.sendBeforeApproval(e.id(), null));

        // 6. a draft awaiting the leader's approval
        RequestService.Created f = as("officer.ca-hgg", () -> service.create(lookup(vnptHgg, basis,
                "Tra cứu thông tin thuê bao nghi vấn phát tán tin nhắn rác", null, Urgency.NORMAL, List.of("0868 111 222"))));
        as("officer.ca-hgg", () -> service.submit(f.id(), null));

        // 7. CA-AGG asks STTTT-AGG for a forensic assessment, answered
        LegalBasis aggBasis = new LegalBasis("56/QĐ-CSĐT", today.minusDays(10), "Quyết định trưng cầu giám định",
                "Cơ quan Cảnh sát điều tra Công an tỉnh An Giang", person("leader.ca-agg"), today.plusMonths(6));
        RequestService.Created h = as("officer.ca-agg", () -> service.create(new NewRequest(RequestKind.FORENSIC_ASSESSMENT,
                null, sttttAgg, null, "Giám định nội dung bài viết xuyên tạc trên trang tin điện tử", null, aggBasis,
                Classification.MAT, Urgency.NORMAL, null, "Nguồn tin từ cơ sở bí mật", null, null, List.of(),
                List.of("Nội dung bài viết có thông tin sai sự thật không?", "Nội dung có xúc phạm uy tín của tổ chức, cá nhân không?"),
                List.of(), List.of(), null)));
        as("officer.ca-agg", () -> service.submit(h.id(), null));
        as("leader.ca-agg", () -> service.approve(h.id(), null));
        as("secretariat.stttt-agg", () -> service.acknowledge(h.id(), null));
        as("leader.stttt-agg", () -> service.answer(h.id(), null, new AnswerCommand(Outcome.DISCLOSED, null, null,
                List.of(new AnswerCommand.TaskAnswer(1, TaskResult.FOUND, "Có: số liệu trong bài sai lệch so với công bố chính thức."),
                        new AnswerCommand.TaskAnswer(2, TaskResult.FOUND, "Có: bài viết dùng từ ngữ xúc phạm.")),
                "Kết luận giám định căn cứ đối chiếu với nguồn tin chính thức.", List.of())));

        // 8. CA-AGG asks STTTT-AGG to establish evidence; the evidence file keeps its chain of custody
        if (files.getIfAvailable() != null) {
            RequestService.Created k = as("officer.ca-agg", () -> service.create(new NewRequest(RequestKind.EVIDENCE, null,
                    sttttAgg, null, "Xác lập chứng cứ trang tin điện tử vi phạm", null, aggBasis, Classification.UNCLASSIFIED,
                    Urgency.NORMAL, null, null, null, null, List.of(), List.of(),
                    List.of("Ảnh chụp và mã băm các trang của tin-gia-demo.vn ngày đăng bài"), List.of(), null)));
            as("officer.ca-agg", () -> service.submit(k.id(), null));
            as("leader.ca-agg", () -> service.approve(k.id(), null));
            as("secretariat.stttt-agg", () -> service.acknowledge(k.id(), null));
            as("leader.stttt-agg", () -> service.answer(k.id(), null, new AnswerCommand(Outcome.DISCLOSED, null, null,
                    List.of(new AnswerCommand.TaskAnswer(1, TaskResult.FOUND, "Đã thu thập và niêm phong dữ liệu")),
                    "Sở Thông tin và Truyền thông bàn giao chứng cứ đã xác lập.",
                    demoFile("chung-cu-tin-gia-demo.csv", "url,sha256\nhttps://tin-gia-demo.vn/bai-1,demo\n"))));
        }
    }

    private static NewRequest lookup(UUID receiver, LegalBasis basis, String subject, String details, Urgency urgency,
            List<String> phones) {
        List<IdentifierInput> ids = new ArrayList<>();
        phones.forEach(p -> ids.add(new IdentifierInput(IdentifierType.PHONE, p, null)));
        return new NewRequest(RequestKind.LOOKUP, null, receiver, null, subject, details, basis, Classification.UNCLASSIFIED,
                urgency, null, "Lực lượng: tổ công tác PA05, phương tiện: xe biển số giả định", LocalDate.now().minusDays(30),
                LocalDate.now(), ids, List.of(), List.of(), List.of(), null);
    }

    private List<NewAttachment> demoFile(String name, String content) {
        return files.getIfAvailable() == null ? List.of() : List.of(new NewAttachment(name, "text/csv", content.getBytes(UTF_8)));
    }

    /** Moves a sent request's clock into the past (demo only: to show an overdue request). */
    private void shift(UUID id, Duration by) {
        tx.executeWithoutResult(s -> jdbc.sql("""
                UPDATE coordination_request SET sent_at = sent_at - make_interval(secs => ?),
                  due_at = due_at - make_interval(secs => ?), effective_due_at = effective_due_at - make_interval(secs => ?),
                  remind_at = remind_at - make_interval(secs => ?), created_at = created_at - make_interval(secs => ?)
                WHERE id = ?""").params(by.getSeconds(), by.getSeconds(), by.getSeconds(), by.getSeconds(), by.getSeconds(), id)
                .update());
    }

    private <T> T as(String username, Supplier<T> body) {
        AccountManagement am = accounts.getObject();
        AccountView account = am.accountOfPerson(person(username))
                .orElseThrow(() -> new IllegalStateException("no demo account " + username));
        AgencyLineage l = lineage.getIfAvailable();
        Set<UUID> actingFor = l == null ? Set.of(account.agencyId()) : l.actingFor(account.agencyId());
        Actor actor = new Actor(account.id(), account.username(), account.personId(), account.displayName(),
                account.agencyId(), null, account.unitId(), account.clearance(), account.roles(), actingFor, null, Set.of());
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(actor, null,
                account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        try {
            return body.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
