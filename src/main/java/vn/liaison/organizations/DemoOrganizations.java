package vn.liaison.organizations;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.liaison.audit.AuditActor;
import vn.liaison.audit.AuditLedger;
import vn.liaison.audit.AuditRecord;
import vn.liaison.security.AccountManagement;
import vn.liaison.security.DemoEnrolment;
import vn.liaison.security.NewAccount;
import vn.liaison.security.Role;
import vn.liaison.shared.Classification;
import vn.liaison.shared.ContentArea;

/**
 * Demo data: the agencies of the five source articles with real names, their units, and FICTIONAL people
 * (invented names, example.vn addresses, 0900… numbers). Runs once, on an empty agency table, in demo mode.
 * <p>Validity dates are the start of each record in the demo's history: approximate, not verified founding
 * dates. The one recorded change is the 2025 merger of the Ministry of Information and Communications into
 * the Ministry of Science and Technology (effective 2025-03-01). The provincial departments of information and
 * communications stay current: their 2025 reorganisation (and the 2025 province mergers) are unverified in
 * our research notes, so they are not recorded here.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "liaison.demo.enabled", havingValue = "true")
class DemoOrganizations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganizations.class);

    static final LocalDate MERGER_DAY = LocalDate.of(2025, 3, 1);

    private record A(String code, String nameVi, String nameEn, String shortName, AgencyKind kind, AgencyLevel level,
            String parent, LocalDate from, String domain) {
    }

    private record U(String code, String nameVi, String nameEn, UnitKind kind) {
    }

    private record P(String role, Set<Role> roles, String unit, String position, Classification clearance) {
    }

    private static final List<A> AGENCIES = List.of(
            new A("BCA", "Bộ Công an", "Ministry of Public Security", "BCA", AgencyKind.MINISTRY, AgencyLevel.CENTRAL,
                    null, LocalDate.of(1998, 5, 6), "bocongan.example.vn"),
            new A("BTTTT", "Bộ Thông tin và Truyền thông", "Ministry of Information and Communications", "Bộ TT&TT",
                    AgencyKind.MINISTRY, AgencyLevel.CENTRAL, null, LocalDate.of(2007, 8, 2), "mic.example.vn"),
            new A("BKHCN", "Bộ Khoa học và Công nghệ", "Ministry of Science and Technology", "Bộ KH&CN",
                    AgencyKind.MINISTRY, AgencyLevel.CENTRAL, null, LocalDate.of(2002, 8, 5), "most.example.vn"),
            police("AGG", "An Giang", LocalDate.of(1976, 2, 20), "angiang"),
            ict("AGG", "An Giang", "angiang"),
            police("LCI", "Lào Cai", LocalDate.of(1991, 10, 1), "laocai"),
            ict("LCI", "Lào Cai", "laocai"),
            police("HTH", "Hà Tĩnh", LocalDate.of(1991, 10, 1), "hatinh"),
            ict("HTH", "Hà Tĩnh", "hatinh"),
            police("HGG", "Hà Giang", LocalDate.of(1991, 10, 1), "hagiang"),
            ict("HGG", "Hà Giang", "hagiang"),
            new A("VNPT", "Tập đoàn Bưu chính Viễn thông Việt Nam", "Vietnam Posts and Telecommunications Group", "VNPT",
                    AgencyKind.TELECOM_OPERATOR, AgencyLevel.ENTERPRISE, null, LocalDate.of(2006, 1, 9), "vnpt.example.vn"),
            new A("VNPT-HGG", "Viễn thông Hà Giang", "VNPT Hà Giang (Hà Giang Telecommunications)", "VNPT Hà Giang",
                    AgencyKind.TELECOM_BRANCH, AgencyLevel.ENTERPRISE, "VNPT", LocalDate.of(2008, 1, 1),
                    "hagiang.vnpt.example.vn"));

    private static A police(String code, String province, LocalDate from, String domain) {
        return new A("CA-" + code, "Công an tỉnh " + province, province + " Provincial Police", "CA " + province,
                AgencyKind.PROVINCIAL_POLICE, AgencyLevel.PROVINCIAL, "BCA", from, "congan-" + domain + ".example.vn");
    }

    private static A ict(String code, String province, String domain) {
        // The Sở under the provincial People's Committee, which Liaison does not model: no parent.
        return new A("STTTT-" + code, "Sở Thông tin và Truyền thông tỉnh " + province,
                province + " Department of Information and Communications", "Sở TT&TT " + province,
                AgencyKind.PROVINCIAL_ICT_DEPARTMENT, AgencyLevel.PROVINCIAL, null, LocalDate.of(2008, 4, 1),
                "stttt-" + domain + ".example.vn");
    }

    private static List<U> unitsOf(A a) {
        return switch (a.kind()) {
            case PROVINCIAL_POLICE -> List.of(
                    new U("PA05", "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
                            "Cyber Security and High-Tech Crime Prevention Division", UnitKind.DEPARTMENT),
                    new U("PC02", "Phòng Cảnh sát hình sự", "Criminal Police Division", UnitKind.DEPARTMENT),
                    new U("PV01", "Phòng Tham mưu", "General Staff Division", UnitKind.OFFICE));
            case PROVINCIAL_ICT_DEPARTMENT -> List.of(
                    new U("BCVT", "Phòng Bưu chính, Viễn thông", "Posts and Telecommunications Division", UnitKind.DEPARTMENT),
                    new U("CNTT", "Phòng Công nghệ thông tin", "Information Technology Division", UnitKind.DEPARTMENT),
                    new U("TTRA", "Thanh tra Sở", "Department Inspectorate", UnitKind.OFFICE),
                    new U("VP", "Văn phòng Sở", "Department Office", UnitKind.OFFICE));
            case TELECOM_BRANCH -> List.of(
                    new U("KTDT", "Phòng Kỹ thuật - Đầu tư", "Engineering and Investment Division", UnitKind.DEPARTMENT),
                    new U("DHTT", "Trung tâm Điều hành thông tin", "Network Operations Centre", UnitKind.DEPARTMENT));
            case TELECOM_OPERATOR -> List.of(
                    new U("KTCN", "Ban Kỹ thuật - Công nghệ", "Technology Department", UnitKind.DEPARTMENT),
                    new U("VP", "Văn phòng Tập đoàn", "Group Office", UnitKind.OFFICE));
            default -> switch (a.code()) {
                case "BCA" -> List.of(
                        new U("A05", "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
                                "Department of Cyber Security and High-Tech Crime Prevention", UnitKind.DEPARTMENT),
                        new U("VP", "Văn phòng Bộ Công an", "Office of the Ministry", UnitKind.OFFICE));
                default -> List.of(
                        new U("ATTT", "Cục An toàn thông tin", "Authority of Information Security", UnitKind.DEPARTMENT),
                        new U("VT", "Cục Viễn thông", "Vietnam Telecommunications Authority", UnitKind.DEPARTMENT),
                        new U("VP", "Văn phòng Bộ", "Office of the Ministry", UnitKind.OFFICE));
            };
        };
    }

    private static List<P> peopleOf(A a) {
        boolean enterprise = a.level() == AgencyLevel.ENTERPRISE;
        // Enterprise staff rarely hold a state-secret clearance: their leader is cleared to Mật, the others not.
        Classification leader = enterprise ? Classification.MAT : Classification.TOI_MAT;
        Classification staff = enterprise ? Classification.UNCLASSIFIED : Classification.MAT;
        List<U> units = unitsOf(a);
        String work = units.get(0).code();
        String office = units.get(units.size() - 1).code();
        String inspect = a.kind() == AgencyKind.PROVINCIAL_ICT_DEPARTMENT ? "TTRA" : office;
        String head = switch (a.kind()) {
            case PROVINCIAL_POLICE -> "Phó Giám đốc Công an tỉnh";
            case PROVINCIAL_ICT_DEPARTMENT -> "Phó Giám đốc Sở";
            case MINISTRY -> "Phó Cục trưởng";
            case TELECOM_BRANCH -> "Phó Giám đốc Viễn thông tỉnh";
            default -> "Phó Trưởng ban";
        };
        String officer = a.kind() == AgencyKind.PROVINCIAL_POLICE ? "Cán bộ" : "Chuyên viên";
        List<P> list = new ArrayList<>(List.of(
                new P("officer", EnumSet.of(Role.OFFICER), work, officer, staff),
                new P("leader", EnumSet.of(Role.LEADER), a.level() == AgencyLevel.CENTRAL ? work : null, head, leader),
                new P("secretariat", EnumSet.of(Role.SECRETARIAT), office, officer + " văn thư, tổng hợp", staff),
                new P("admin", EnumSet.of(Role.AGENCY_ADMIN), office, officer + " quản trị hệ thống",
                        a.kind() == AgencyKind.PROVINCIAL_ICT_DEPARTMENT ? Classification.UNCLASSIFIED : staff),
                new P("auditor", EnumSet.of(Role.AUDITOR), inspect,
                        a.kind() == AgencyKind.PROVINCIAL_ICT_DEPARTMENT ? "Thanh tra viên" : officer + " kiểm tra nội bộ",
                        staff)));
        if (a.kind() == AgencyKind.PROVINCIAL_POLICE) {
            list.add(new P("officer2", EnumSet.of(Role.OFFICER), "PC02", "Cán bộ", Classification.UNCLASSIFIED));
        }
        if (a.code().equals("BCA")) {
            list.add(new P("sysadmin", EnumSet.of(Role.SYSTEM_ADMIN, Role.AGENCY_ADMIN, Role.AUDITOR), "VP",
                    "Cán bộ quản trị hệ thống Liaison", Classification.TOI_MAT));
        }
        return list;
    }

    /** Invented names (none of the officials named in the source articles). */
    private static final List<String> NAMES = List.of(
            "Nguyễn Hoài Nam", "Trần Bảo Ngọc", "Lê Quang Vinh", "Phạm Thu Hằng", "Hoàng Gia Khánh",
            "Huỳnh Mỹ Duyên", "Phan Đức Thắng", "Vũ Thanh Trúc", "Võ Hoàng Phúc", "Đặng Khánh Linh",
            "Bùi Quốc Bảo", "Đỗ Minh Châu", "Hồ Nhật Tân", "Ngô Thảo Vy", "Dương Tuấn Kiệt",
            "Lý Ngọc Hân", "Đinh Xuân Trường", "Lưu Kim Oanh", "Mai Hữu Nghĩa", "Tạ Phương Thảo",
            "Nguyễn Đăng Khoa", "Trần Mai Anh", "Lê Hồng Sơn", "Phạm Gia Hân", "Hoàng Văn Lực",
            "Huỳnh Thanh Tùng", "Phan Thị Yến", "Vũ Đình Lộc", "Võ Thị Kiều", "Đặng Minh Trí",
            "Bùi Thị Quyên", "Đỗ Văn Hậu", "Hồ Thị Nhung", "Ngô Quang Huy", "Dương Thị Hạnh",
            "Lý Văn Cường", "Đinh Thị Thơ", "Lưu Quốc Việt", "Mai Thị Hồng", "Tạ Văn Khải",
            "Nguyễn Thị Diệu", "Trần Văn Đông", "Lê Thị Bích", "Phạm Văn Tài", "Hoàng Thị Lụa",
            "Huỳnh Văn Lợi", "Phan Thanh Bình", "Vũ Thị Ngân", "Võ Văn Thịnh", "Đặng Thị Xuân",
            "Bùi Văn Toàn", "Đỗ Thị Lan", "Hồ Văn Phát", "Ngô Thị Mến", "Dương Văn Nhân",
            "Lý Thị Huyền", "Đinh Văn Phú", "Lưu Thị Loan", "Mai Văn Đức", "Tạ Thị Hoa",
            "Nguyễn Văn Khiêm", "Trần Thị Tuyết", "Lê Văn Hòa", "Phạm Thị Nga", "Hoàng Minh Đạt",
            "Huỳnh Thị Trang", "Phan Văn Quý", "Vũ Minh Hiếu", "Võ Thị Thanh", "Đặng Văn Bình");

    private static final Map<String, List<ContentArea>> FOCAL = Map.of(
            "officer", List.of(ContentArea.INFORMATION_EXCHANGE, ContentArea.LOOKUP_VERIFICATION,
                    ContentArea.HARMFUL_INFORMATION, ContentArea.FORENSIC_EVIDENCE, ContentArea.INCIDENTS_INFRASTRUCTURE),
            "secretariat", List.of(ContentArea.LEGAL_DISSEMINATION, ContentArea.TRAINING, ContentArea.COMMENDATION),
            "auditor", List.of(ContentArea.JOINT_INSPECTION));

    private final AgencyRepository agencies;
    private final SuccessionRepository successions;
    private final UnitRepository units;
    private final PersonRepository people;
    private final FocalPointRepository focalPoints;
    private final AuditLedger ledger;
    private final TransactionTemplate tx;
    private final ObjectProvider<AccountManagement> accounts;
    private final ObjectProvider<DemoEnrolment> demoEnrolment;
    private final String password;

    DemoOrganizations(AgencyRepository agencies, SuccessionRepository successions, UnitRepository units,
            PersonRepository people, FocalPointRepository focalPoints, AuditLedger ledger, TransactionTemplate tx,
            ObjectProvider<AccountManagement> accounts, ObjectProvider<DemoEnrolment> demoEnrolment,
            @Value("${liaison.demo.password:Demo@2026-Liaison}") String password) {
        this.agencies = agencies;
        this.successions = successions;
        this.units = units;
        this.people = people;
        this.focalPoints = focalPoints;
        this.ledger = ledger;
        this.tx = tx;
        this.accounts = accounts;
        this.demoEnrolment = demoEnrolment;
        this.password = password;
    }

    static UUID agencyId(String code) {
        return UUID.nameUUIDFromBytes(("agency:" + code).getBytes(UTF_8));
    }

    static UUID unitId(String agencyCode, String unitCode) {
        return UUID.nameUUIDFromBytes(("unit:" + agencyCode + "/" + unitCode).getBytes(UTF_8));
    }

    static UUID personId(String key) {
        return UUID.nameUUIDFromBytes(("person:" + key).getBytes(UTF_8));
    }

    static String username(String role, String agencyCode) {
        return role.equals("sysadmin") ? "sysadmin" : role + "." + agencyCode.toLowerCase(Locale.ROOT);
    }

    @Override
    public void run(ApplicationArguments args) {
        List<NewAccount> toCreate = tx.execute(status -> agencies.count() > 0 ? null : load());
        if (toCreate == null) {
            return;
        }
        AccountManagement am = accounts.getIfAvailable();
        if (am == null) {
            log.info("Demo organisations loaded; no account management yet, so no demo accounts");
            return;
        }
        DemoEnrolment enrolment = demoEnrolment.getIfAvailable();
        for (NewAccount account : toCreate) {
            if (am.accountOfPerson(account.personId()).isEmpty()) {
                AccountManagement.CreatedAccount created = am.create(account);
                if (enrolment != null) {
                    // The sign-in page shows the current codes of pre-enrolled demo accounts.
                    enrolment.preEnrol(created.account().id());
                }
            }
        }
        log.info("Demo organisations loaded with {} demo accounts", toCreate.size());
    }

    private List<NewAccount> load() {
        List<NewAccount> newAccounts = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        int nameIndex = 0;
        for (int i = 0; i < AGENCIES.size(); i++) {
            A a = AGENCIES.get(i);
            LocalDate to = a.code().equals("BTTTT") ? MERGER_DAY.minusDays(1) : null;
            Agency agency = new Agency(agencyId(a.code()), new AgencyData(a.code(), a.nameVi(), a.nameEn(),
                    a.shortName(), a.kind(), a.level(), a.parent() == null ? null : agencyId(a.parent()), a.from(), to));
            agencies.save(agency);
            agencies.flush();
            for (U u : unitsOf(a)) {
                units.save(new Unit(unitId(a.code(), u.code()), agency.id(),
                        new UnitData(u.nameVi(), u.nameEn(), u.kind(), null, true)));
            }
            units.flush();
            List<P> persons = peopleOf(a);
            for (int j = 0; j < persons.size(); j++) {
                P p = persons.get(j);
                String user = username(p.role(), a.code());
                String name = NAMES.get(nameIndex++ % NAMES.size());
                UUID unit = p.unit() == null ? null : unitId(a.code(), p.unit());
                Person person = new Person(personId(user), agency.id(), new PersonData(name, p.position(), unit,
                        user + "@" + a.domain(), String.format("0900 %03d %03d", i + 1, j + 1), p.clearance(), true));
                people.save(person);
                newAccounts.add(new NewAccount(user, password, person.id(), name, agency.id(), a.nameVi(), unit,
                        p.clearance(), p.roles()));
                for (ContentArea area : FOCAL.getOrDefault(p.role(), List.of())) {
                    focalPoints.save(new FocalPoint(UUID.nameUUIDFromBytes(("focal:" + a.code() + "/" + area)
                            .getBytes(UTF_8)), agency.id(), area, person.id()));
                }
            }
            counts.put(a.code(), persons.size());
        }
        people.flush();
        // The 2025 merger; no AgencySucceeded is published because no module has open work yet at load time.
        successions.save(new Succession(UUID.nameUUIDFromBytes("succession:BTTTT/BKHCN".getBytes(UTF_8)),
                agencyId("BTTTT"), agencyId("BKHCN"), SuccessionKind.MERGER, MERGER_DAY,
                "Hợp nhất Bộ Thông tin và Truyền thông vào Bộ Khoa học và Công nghệ (2025)"));
        successions.flush();
        ledger.record(AuditActor.system(), AuditRecord.change("organizations.demoData.load", "agency", null, null,
                Map.of("agencies", AGENCIES.size(), "people", counts)));
        return newAccounts;
    }
}
