package vn.liaison.agreements;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.liaison.LiaisonApplication;
import vn.liaison.audit.AuditActor;
import vn.liaison.audit.AuditLedger;
import vn.liaison.audit.AuditRecord;
import vn.liaison.organizations.AgencyDirectory;
import vn.liaison.organizations.AgencyView;
import vn.liaison.organizations.FocalPointView;
import vn.liaison.organizations.PersonView;
import vn.liaison.shared.Classification;
import vn.liaison.shared.ContentArea;

/**
 * Demo data: the agreements the seeds describe, with fictional signatories, and An Giang's 2023 (closed) and
 * 2024 (in progress) plans with tasks from seed 000. Runs once, on empty tables, in demo mode, after the
 * organisations (order 100). The ministries' agreement is classified Mật so the clearance rules show.
 */
@Component
@Order(200)
@ConditionalOnProperty(name = "liaison.demo.enabled", havingValue = "true")
class DemoAgreements implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAgreements.class);
    private static final String SYSTEM = "Dữ liệu minh họa";

    private final AgreementStore store;
    private final PlanStore plans;
    private final Replacements replacements;
    private final AgencyDirectory directory;
    private final SectorCatalog sectors;
    private final AuditLedger ledger;
    private final TransactionTemplate tx;

    DemoAgreements(AgreementStore store, PlanStore plans, Replacements replacements, AgencyDirectory directory,
            SectorCatalog sectors, AuditLedger ledger, TransactionTemplate tx) {
        this.store = store;
        this.plans = plans;
        this.replacements = replacements;
        this.directory = directory;
        this.sectors = sectors;
        this.ledger = ledger;
        this.tx = tx;
    }

    static UUID id(String kind, String key) {
        return UUID.nameUUIDFromBytes((kind + ":" + key).getBytes(UTF_8));
    }

    static UUID agency(String code) {
        return id("agency", code);
    }

    static UUID unit(String agencyCode, String unitCode) {
        return id("unit", agencyCode + "/" + unitCode);
    }

    static UUID person(String username) {
        return id("person", username);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (directory.agency(agency("CA-AGG")).isEmpty()) {
            log.warn("Demo agreements skipped: the demo agencies are not loaded");
            return;
        }
        tx.executeWithoutResult(s -> {
            if (store.isEmpty()) {
                load();
            }
        });
    }

    private void load() {
        // Lào Cai: police and the I&C department, security of the I&C network, in force since 2009 (seed 001).
        signed(agreement("LCI-2009", "01/QC-CAT-STTTT",
                "Quy chế phối hợp bảo đảm an ninh, an toàn mạng lưới thông tin và truyền thông trên địa bàn tỉnh Lào Cai",
                List.of(party("CA-LCI", "Trịnh Quang Minh", "Giám đốc Công an tỉnh",
                                "Chủ trì phát hiện, điều tra, xử lý các hành vi xâm phạm an ninh, an toàn mạng lưới."),
                        party("STTTT-LCI", "Lâm Thị Thu Hà", "Giám đốc Sở Thông tin và Truyền thông",
                                "Chủ trì thanh tra, kiểm tra doanh nghiệp; hướng dẫn cơ quan, doanh nghiệp phòng ngừa.")),
                LocalDate.of(2009, 6, 15), "Lào Cai", LocalDate.of(2009, 6, 15), null,
                Set.of("NETWORK_SECURITY", "TELECOMMUNICATIONS", "POSTAL", "IT", "ICT_INFRASTRUCTURE"),
                EnumSet.of(ContentArea.INFORMATION_EXCHANGE, ContentArea.JOINT_INSPECTION,
                        ContentArea.INCIDENTS_INFRASTRUCTURE, ContentArea.TRAINING, ContentArea.LEGAL_DISSEMINATION),
                "Thường xuyên, kịp thời; đúng chức năng, nhiệm vụ của mỗi bên.",
                "Trao đổi thông tin; kiểm tra liên ngành; tập huấn; tuyên truyền pháp luật.",
                Classification.UNCLASSIFIED, null, null));

        // The two ministries, Hà Nội, 24/11/2021 (seed 002); the ministry of I&C later merged into BKHCN.
        signed(agreement("BCA-BTTTT-2021", "01/QC-BCA-BTTTT",
                "Quy chế phối hợp trong công tác bảo vệ an ninh quốc gia, bảo đảm trật tự, an toàn xã hội, đấu tranh phòng, "
                        + "chống tội phạm thuộc lĩnh vực thông tin và truyền thông",
                List.of(party("BCA", "Tôn Thất Hưng", "Bộ trưởng Bộ Công an",
                                "Chủ trì bảo vệ an ninh quốc gia, đấu tranh phòng, chống tội phạm trong lĩnh vực thông tin và truyền thông."),
                        party("BTTTT", "Kiều Minh Tâm", "Bộ trưởng Bộ Thông tin và Truyền thông",
                                "Chủ trì quản lý nhà nước về thông tin và truyền thông; bảo đảm an toàn thông tin mạng.")),
                LocalDate.of(2021, 11, 24), "Hà Nội", LocalDate.of(2021, 11, 24), null,
                Set.of("PRESS", "ELECTRONIC_INFORMATION", "TELECOMMUNICATIONS", "NETWORK_SECURITY", "IT",
                        "ONLINE_ENVIRONMENT"),
                EnumSet.of(ContentArea.INFORMATION_EXCHANGE, ContentArea.HARMFUL_INFORMATION,
                        ContentArea.INCIDENTS_INFRASTRUCTURE, ContentArea.LEGAL_DISSEMINATION, ContentArea.COMMENDATION),
                "Bảo đảm sự chỉ đạo, điều hành tập trung, thống nhất của lãnh đạo hai Bộ đối với hoạt động phối hợp giữa "
                        + "các cơ quan, đơn vị chức năng của hai Bộ.",
                "Định kỳ hằng năm, hai Bộ luân phiên tổ chức đánh giá kết quả phối hợp và thống nhất kế hoạch năm tiếp theo.",
                Classification.MAT, null, null));

        // The ministries' 2025 plan: the successor (BKHCN) signed it off for the merged ministry of I&C.
        Agreement ministries = store.find(id("agreement", "BCA-BTTTT-2021")).orElseThrow();
        Plan p2025 = new Plan(id("plan", ministries.content.number() + "/2025"), ministries.id, 2025,
                "Kế hoạch phối hợp năm 2025 giữa Bộ Công an và Bộ Khoa học và Công nghệ");
        p2025.approve(approval("BCA", LocalDate.of(2025, 3, 10)), ministries.content.partyIds());
        UUID successorLeader = person("leader.bkhcn");
        p2025.approve(new Approval(agency("BTTTT"), successorLeader,
                directory.person(successorLeader).map(PersonView::fullName).orElse("Lãnh đạo BKHCN"),
                at(LocalDate.of(2025, 3, 12))), ministries.content.partyIds());
        p2025.start();
        plans.insert(p2025, at(LocalDate.of(2025, 3, 1)));
        task(p2025, "Phối hợp phát hiện, xử lý thông tin xấu độc, sai sự thật trên không gian mạng",
                ContentArea.HARMFUL_INFORMATION, "BCA", "A05", "BKHCN", "ATTT", LocalDate.of(2025, 3, 15),
                LocalDate.of(2025, 12, 31), "Thông tin xấu độc được phát hiện và xử lý kịp thời", TaskStatus.IN_PROGRESS, 50,
                "officer.bca", "Đã phối hợp xử lý một số trang, tài khoản vi phạm.", LocalDate.of(2025, 9, 30));

        // Hà Tĩnh, 19/11/2021 (seed 003), with the sectors the article lists.
        signed(agreement("HTH-2021", "03/QC-CAT-STTTT",
                "Quy chế phối hợp bảo đảm an ninh, an toàn thông tin trên địa bàn tỉnh Hà Tĩnh",
                List.of(party("CA-HTH", "Châu Văn Kiên", "Giám đốc Công an tỉnh",
                                "Phòng ngừa, phát hiện, xử lý vi phạm và tội phạm sử dụng công nghệ cao."),
                        party("STTTT-HTH", "Quách Ngọc Lan", "Giám đốc Sở Thông tin và Truyền thông",
                                "Quản lý theo chức năng, nhiệm vụ; xây dựng kịch bản ứng phó sự cố công nghệ thông tin.")),
                LocalDate.of(2021, 11, 19), "Hà Tĩnh", LocalDate.of(2021, 11, 19), null,
                Set.of("PRESS", "PUBLISHING", "POSTAL", "TELECOMMUNICATIONS", "RADIO_FREQUENCY", "IT", "ELECTRONICS",
                        "BROADCASTING", "FOREIGN_INFORMATION", "NEWS_AGENCY", "GRASSROOTS_INFORMATION",
                        "ICT_INFRASTRUCTURE", "ADVERTISING", "ONLINE_ENVIRONMENT"),
                EnumSet.of(ContentArea.INFORMATION_EXCHANGE, ContentArea.LEGAL_DISSEMINATION,
                        ContentArea.INCIDENTS_INFRASTRUCTURE, ContentArea.JOINT_INSPECTION),
                "Giữ vững an ninh nội bộ; bảo đảm an ninh quốc gia và trật tự, an toàn xã hội.",
                "Tuyên truyền, phổ biến, giáo dục pháp luật; bảo đảm an toàn hạ tầng và hệ thống thông tin dùng chung.",
                Classification.UNCLASSIFIED, null, null));

        // Hà Giang (seed 004): the operator's branch (enterprise level) and the provincial police; 2012–2023
        // replaced by 2023–2027. The old one had open work in 2023 that moves to the new one.
        String reason = "Viễn thông Hà Giang là doanh nghiệp viễn thông hoạt động trên địa bàn tỉnh; quy chế phối hợp bảo đảm "
                + "an ninh chính trị, trật tự an toàn xã hội trong tổ chức và hoạt động của doanh nghiệp với Công an tỉnh.";
        List<PartyTerms> hgg = List.of(
                party("VNPT-HGG", "Giang Văn Sáng", "Giám đốc Viễn thông Hà Giang",
                        "Bảo đảm an toàn hạ tầng viễn thông; trả lời yêu cầu tra cứu, xác minh đúng quy định."),
                party("CA-HGG", "Thái Bá Luân", "Giám đốc Công an tỉnh",
                        "Bảo vệ an ninh, an toàn cơ sở, hạ tầng viễn thông; xử lý hành vi xâm hại công trình viễn thông."));
        Set<ContentArea> hggAreas = EnumSet.of(ContentArea.INFORMATION_EXCHANGE, ContentArea.LOOKUP_VERIFICATION,
                ContentArea.INCIDENTS_INFRASTRUCTURE, ContentArea.COMMENDATION);
        Agreement old = signed(agreement("HGG-2012", "05/QC-VTHG-CAT",
                "Quy chế phối hợp trong công tác bảo đảm an ninh chính trị, trật tự an toàn xã hội trong tổ chức và hoạt động "
                        + "của Viễn thông Hà Giang giai đoạn 2012-2023",
                hgg, LocalDate.of(2012, 3, 15), "Hà Giang", LocalDate.of(2012, 3, 15), LocalDate.of(2023, 12, 31),
                Set.of("TELECOMMUNICATIONS", "ICT_INFRASTRUCTURE"), hggAreas,
                "Chặt chẽ, hiệu quả; tuân thủ pháp luật.", "Trao đổi thông tin; tra cứu, xác minh theo yêu cầu.",
                Classification.UNCLASSIFIED, reason, null));
        Plan oldPlan = plan(old, 2023, "Kế hoạch phối hợp năm 2023", PlanStatus.IN_PROGRESS, "VNPT-HGG", "CA-HGG",
                LocalDate.of(2023, 1, 10));
        task(oldPlan, "Tra cứu, xác minh thông tin thuê bao phục vụ điều tra", ContentArea.LOOKUP_VERIFICATION,
                "VNPT-HGG", "DHTT", "CA-HGG", "PA05", LocalDate.of(2023, 1, 15), LocalDate.of(2023, 12, 31),
                "Trả lời đầy đủ, đúng hạn các yêu cầu tra cứu, xác minh", TaskStatus.IN_PROGRESS, 70,
                "officer.vnpt-hgg", "Đã trả lời 18 yêu cầu tra cứu và 850 lượt xác minh.", LocalDate.of(2023, 9, 30));
        task(oldPlan, "Bảo vệ công trình viễn thông, xử lý hành vi xâm hại hạ tầng", ContentArea.INCIDENTS_INFRASTRUCTURE,
                "CA-HGG", "PA05", "VNPT-HGG", "KTDT", LocalDate.of(2023, 2, 1), LocalDate.of(2023, 12, 15),
                "Hạn chế thấp nhất các vụ xâm hại công trình viễn thông", TaskStatus.IN_PROGRESS, 60,
                "officer.ca-hgg", "Đã xử lý 4 vụ cắt trộm cáp viễn thông.", LocalDate.of(2023, 9, 15));
        Agreement replacement = signed(agreement("HGG-2023", "12/QC-CAT-VTHG",
                "Quy chế phối hợp giữa Công an tỉnh với Viễn thông Hà Giang trong công tác bảo đảm an ninh chính trị, "
                        + "trật tự an toàn xã hội trong tổ chức và hoạt động của Viễn thông Hà Giang giai đoạn 2023-2027",
                hgg, LocalDate.of(2023, 10, 27), "Hà Giang", LocalDate.of(2023, 10, 27), LocalDate.of(2027, 12, 31),
                Set.of("TELECOMMUNICATIONS", "ICT_INFRASTRUCTURE", "IT"), hggAreas,
                "Chặt chẽ, hiệu quả; phù hợp với tình hình thực tế.",
                "Trao đổi thông tin; tra cứu, xác minh; khen thưởng cá nhân có thành tích.",
                Classification.UNCLASSIFIED, reason, old.id));
        replacements.replace(store.lock(old.id).orElseThrow(), replacement, SYSTEM, at(LocalDate.of(2023, 10, 27)));

        // An Giang (seed 000): the 2023 plan closed, the 2024 plan in progress with one overdue task.
        Agreement agg = signed(agreement("AGG-2022", "02/QC-STTTT-CAT",
                "Quy chế phối hợp bảo đảm an ninh, trật tự trong lĩnh vực thông tin và truyền thông trên địa bàn tỉnh An Giang",
                List.of(party("STTTT-AGG", "Cao Thị Mỹ Lệ", "Giám đốc Sở Thông tin và Truyền thông",
                                "Chủ trì quản lý nhà nước, thanh tra, kiểm tra; giám định nội dung thông tin; tuyên truyền pháp luật."),
                        party("CA-AGG", "Ông Văn Hảo", "Giám đốc Công an tỉnh",
                                "Chủ trì bảo vệ an ninh quốc gia, đấu tranh phòng, chống tội phạm; xác lập chứng cứ vi phạm.")),
                LocalDate.of(2022, 3, 10), "An Giang", LocalDate.of(2022, 3, 10), null,
                Set.of("PRESS", "ELECTRONIC_INFORMATION", "TELECOMMUNICATIONS", "NETWORK_SECURITY", "ONLINE_ENVIRONMENT"),
                EnumSet.of(ContentArea.INFORMATION_EXCHANGE, ContentArea.HARMFUL_INFORMATION, ContentArea.JOINT_INSPECTION,
                        ContentArea.FORENSIC_EVIDENCE, ContentArea.LEGAL_DISSEMINATION),
                "Tuân thủ Hiến pháp, pháp luật; bảo đảm nguyên tắc phối hợp ngang cấp; chấp hành quy định về bảo vệ bí mật "
                        + "nhà nước; bảo mật thông tin về lực lượng, phương tiện, biện pháp nghiệp vụ; chủ động, kịp thời, hiệu quả.",
                "Trao đổi thông tin giữa các phòng chức năng; phối hợp thanh tra, kiểm tra; hội nghị đánh giá hằng năm. "
                        + "Nội dung phát sinh ngoài kế hoạch do lãnh đạo hai bên thống nhất phương án phối hợp.",
                Classification.UNCLASSIFIED, null, null));
        for (int year : new int[] {2023, 2024}) {
            boolean closed = year == 2023;
            Plan p = plan(agg, year, "Kế hoạch phối hợp năm " + year + " giữa Sở Thông tin và Truyền thông và Công an tỉnh",
                    closed ? PlanStatus.CLOSED : PlanStatus.IN_PROGRESS, "STTTT-AGG", "CA-AGG", LocalDate.of(year, 1, 12));
            LocalDate jan = LocalDate.of(year, 1, 15);
            LocalDate dec = LocalDate.of(year, 12, 20);
            LocalDate report = LocalDate.of(year, 12, 15);
            task(p, "Trao đổi thông tin, chuyên môn nghiệp vụ giữa các phòng chức năng của hai ngành",
                    ContentArea.INFORMATION_EXCHANGE, "CA-AGG", "PA05", "STTTT-AGG", "BCVT", jan, dec,
                    "Thông tin được trao đổi thường xuyên, kịp thời", TaskStatus.DONE, 100, "officer.ca-agg",
                    "Duy trì trao đổi thông tin hằng tháng giữa các phòng chức năng.", report);
            task(p, "Đấu tranh, phản bác các luận điệu sai trái và xử lý thông tin xấu độc, sai sự thật trên không gian mạng",
                    ContentArea.HARMFUL_INFORMATION, "STTTT-AGG", "CNTT", "CA-AGG", "PA05", jan, dec,
                    "Thông tin xấu độc được phát hiện, xử lý kịp thời", TaskStatus.DONE, 100, "officer.stttt-agg",
                    "Đã phối hợp xử lý các trang, tài khoản đăng tin sai sự thật.", report);
            boolean overdue = !closed;
            task(p, "Phối hợp thanh tra, kiểm tra hoạt động thông tin và truyền thông", ContentArea.JOINT_INSPECTION,
                    "STTTT-AGG", "TTRA", "CA-AGG", "PA05", LocalDate.of(year, 4, 1), LocalDate.of(year, 10, 31),
                    "Hoàn thành các cuộc kiểm tra liên ngành theo kế hoạch", overdue ? TaskStatus.IN_PROGRESS : TaskStatus.DONE,
                    overdue ? 60 : 100, "officer.stttt-agg",
                    overdue ? "Đã kiểm tra 3/5 doanh nghiệp; còn 2 doanh nghiệp chưa kiểm tra." : "Đã kiểm tra 5 doanh nghiệp.",
                    overdue ? LocalDate.of(year, 9, 30) : LocalDate.of(year, 10, 30));
            task(p, "Giám định nội dung thông tin, dữ liệu", ContentArea.FORENSIC_EVIDENCE, "STTTT-AGG", "CNTT", "CA-AGG",
                    "PA05", jan, dec, "Kết luận giám định đúng hạn", TaskStatus.DONE, 100, "officer.stttt-agg",
                    "Đã thực hiện các yêu cầu giám định nội dung thông tin.", report);
            task(p, "Xác lập chứng cứ vi phạm về thông tin và truyền thông phục vụ công tác điều tra, xử lý",
                    ContentArea.FORENSIC_EVIDENCE, "CA-AGG", "PA05", "STTTT-AGG", "TTRA", jan, dec,
                    "Chứng cứ được xác lập, bảo quản đúng quy định", TaskStatus.DONE, 100, "officer.ca-agg",
                    "Đã xác lập chứng cứ cho các vụ việc vi phạm.", report);
            task(p, "Tuyên truyền, phổ biến văn bản quy phạm pháp luật về thông tin và truyền thông, an ninh mạng",
                    ContentArea.LEGAL_DISSEMINATION, "STTTT-AGG", "VP", "CA-AGG", "PV01", LocalDate.of(year, 3, 1), dec,
                    "Các văn bản mới được phổ biến tới cơ quan, doanh nghiệp, người dân", TaskStatus.DONE, 100,
                    "officer.stttt-agg", "Đã tổ chức hội nghị phổ biến pháp luật.", report);
        }
        ledger.record(AuditActor.system(), AuditRecord.change("agreements.demoData.load", "agreement", null, null,
                Map.of("agreements", 6)));
        log.info("Demo agreements and plans loaded");
    }

    // ---- builders ----------------------------------------------------------------------------------------------

    private PartyTerms party(String code, String signatory, String title, String responsibilities) {
        return new PartyTerms(agency(code), signatory, title, responsibilities);
    }

    private Agreement agreement(String key, String number, String title, List<PartyTerms> parties, LocalDate signed,
            String place, LocalDate from, LocalDate to, Set<String> sectorCodes, Set<ContentArea> areas,
            String principles, String forms, Classification classification, String crossLevelReason, UUID replaces) {
        List<FocalPointAssignment> focal = new ArrayList<>();
        for (PartyTerms p : parties) {
            for (ContentArea area : areas) {
                directory.focalPoint(p.agencyId(), area).map(FocalPointView::personId)
                        .ifPresent(person -> focal.add(new FocalPointAssignment(p.agencyId(), area, person)));
            }
        }
        AgreementContent c = new AgreementContent(number, title, parties, signed, place, from, to, sectorCodes, areas,
                principles, forms, focal, classification, crossLevelReason, replaces);
        return new Agreement(id("agreement", key), c);
    }

    private Agreement signed(Agreement a) {
        Map<UUID, AgencyView> agencies = directory.agencies(a.content.partyIds());
        AgreementRules.check(a.content, agencies, sectors.codes());
        Map<UUID, String[]> names = new HashMap<>();
        agencies.forEach((k, v) -> names.put(k, new String[] {v.nameVi(), v.level().name()}));
        Instant created = at(a.content.signingDate().minusDays(14));
        store.insert(a, names, created, SYSTEM);
        store.insertEvent(a.id, AgreementEventKind.CREATED, created, SYSTEM, a.content.number());
        Agreement stored = store.lock(a.id).orElseThrow();
        stored.sign(a.content.signingDate(), a.content.signingPlace());
        Instant signedAt = at(a.content.signingDate());
        store.update(stored, names);
        store.insertVersion(a.id, 1, "", stored.content.snapshot(), signedAt, SYSTEM);
        store.insertEvent(a.id, AgreementEventKind.SIGNED, signedAt, SYSTEM,
                a.content.signingDate() + " " + a.content.signingPlace());
        return stored;
    }

    private Plan plan(Agreement a, int year, String title, PlanStatus status, String codeA, String codeB, LocalDate approvedOn) {
        Plan p = new Plan(id("plan", a.content.number() + "/" + year), a.id, year, title);
        p.approve(approval(codeA, approvedOn), a.content.partyIds());
        p.approve(approval(codeB, approvedOn.plusDays(2)), a.content.partyIds());
        if (status == PlanStatus.IN_PROGRESS || status == PlanStatus.CLOSED) {
            p.start();
        }
        if (status == PlanStatus.CLOSED) {
            p.close();
        }
        plans.insert(p, at(approvedOn.minusDays(10)));
        return p;
    }

    private Approval approval(String agencyCode, LocalDate on) {
        UUID leader = person("leader." + agencyCode.toLowerCase(java.util.Locale.ROOT));
        String name = directory.person(leader).map(PersonView::fullName).orElse("Lãnh đạo " + agencyCode);
        return new Approval(agency(agencyCode), leader, name, at(on));
    }

    private void task(Plan p, String title, ContentArea area, String lead, String leadUnit, String support,
            String supportUnit, LocalDate start, LocalDate due, String expected, TaskStatus status, int percent,
            String reporter, String note, LocalDate reportedOn) {
        TaskTerms terms = new TaskTerms(title, area, agency(lead), unit(lead, leadUnit),
                List.of(new TaskSupport(agency(support), unit(support, supportUnit))), start, due, null, expected);
        Task t = new Task(id("task", p.id + "/" + title), p.id, terms, TaskApprovalState.APPROVED);
        t.position = plans.nextPosition(p.id);
        t.status = status;
        t.percent = percent;
        plans.insertTask(t, at(start.minusDays(5)));
        PersonView who = directory.person(person(reporter)).orElse(null);
        if (percent > 50) {
            plans.insertProgress(new ProgressReport(id("progress", t.id + "/1"), t.id, reportedOn.minusMonths(3),
                    percent / 2, "Đang triển khai theo kế hoạch.", who == null ? null : who.id(),
                    who == null ? reporter : who.fullName(), who == null ? null : who.agencyId(),
                    at(reportedOn.minusMonths(3)), List.of()));
        }
        plans.insertProgress(new ProgressReport(id("progress", t.id + "/2"), t.id, reportedOn, percent, note,
                who == null ? null : who.id(), who == null ? reporter : who.fullName(), who == null ? null : who.agencyId(),
                at(reportedOn), List.of()));
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(9, 0)).atZone(LiaisonApplication.ZONE).toInstant();
    }
}
