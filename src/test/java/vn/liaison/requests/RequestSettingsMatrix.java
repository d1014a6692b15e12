package vn.liaison.requests;

import static vn.liaison.securitymatrix.Refusal.LOW_CLEARANCE;
import static vn.liaison.securitymatrix.Refusal.OTHER_AGENCY;
import static vn.liaison.securitymatrix.Refusal.WRONG_ROLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.liaison.TestActors;
import vn.liaison.requests.DeadlineAdministration.HolidayEntry;
import vn.liaison.security.AccountManagement;
import vn.liaison.security.Actor;
import vn.liaison.security.Role;
import vn.liaison.securitymatrix.EndpointCase;
import vn.liaison.securitymatrix.MatrixFixtures;
import vn.liaison.securitymatrix.SecurityMatrixContribution;
import vn.liaison.shared.Classification;

/**
 * The calendar and deadline settings. Reads are open to everyone of an agency (deadlines bind every side), so the
 * refusal checked for them is a signed-in person of no agency. Changes are the platform administrator's: an
 * agency administrator (of an agency, or of an unrelated one) is refused. The allowed changes are sent invalid
 * (422, nothing changes) except confirm and delete, which work on days of March 2099 made here.
 */
public class RequestSettingsMatrix implements SecurityMatrixContribution {

    private static final LocalDate KEPT = LocalDate.of(2099, 3, 4);
    private static final LocalDate DELETED_BY_PAGE = LocalDate.of(2099, 3, 3);
    private static final LocalDate DELETED_BY_API = LocalDate.of(2099, 3, 5);

    @Override
    public List<EndpointCase> cases(MatrixFixtures f) {
        RequestActors people = new RequestActors(f.bean(AccountManagement.class));
        Actor sysadmin = people.demo("sysadmin");
        Actor officer = people.demo("officer.ca-hgg");
        DeadlineAdministration administration = f.bean(DeadlineAdministration.class);
        TestActors.runAs(sysadmin, () -> {
            for (LocalDate day : List.of(KEPT, DELETED_BY_PAGE, DELETED_BY_API)) {
                administration.put(day, new HolidayEntry(day, HolidayKind.HOLIDAY, "Ma trận bảo mật", null, false));
            }
        });
        Actor noAgency = new Actor(UUID.randomUUID(), "matrix-no-agency", UUID.randomUUID(), "Không thuộc cơ quan", null, "",
                null, Classification.TOI_MAT, Set.of(Role.OFFICER), Set.of(), null, Set.of());
        Actor strangerAdmin = f.person(f.strangerAgency(), null, Classification.TOI_MAT, Role.AGENCY_ADMIN, Role.LEADER);
        Actor agencyAdmin = f.person(RequestActors.agency("CA-HGG"), null, Classification.TOI_MAT, Role.AGENCY_ADMIN,
                Role.LEADER, Role.AUDITOR);
        String page = "/requests/settings";
        String api = "/api/v1/requests/settings";
        String invalidDay = "day=2099-03-02&kind=WORKING_SATURDAY&name=x";
        String invalidDayJson = "{\"day\":\"2099-03-02\",\"kind\":\"WORKING_SATURDAY\",\"name\":\"x\"}";

        List<EndpointCase> cases = new ArrayList<>();
        for (EndpointCase read : List.of(
                EndpointCase.get(page + "/holidays", page + "/holidays?year=2099"),
                EndpointCase.get(page + "/deadlines", page + "/deadlines"),
                EndpointCase.get(api + "/holidays", api + "/holidays?year=2026"),
                EndpointCase.get(api + "/holidays/{day}", api + "/holidays/" + KEPT),
                EndpointCase.get(api + "/deadlines", api + "/deadlines"),
                EndpointCase.get(api + "/deadlines/{kind}/{urgency}", api + "/deadlines/LOOKUP/NORMAL"))) {
            cases.add(read.allowed(officer)
                    .refused(OTHER_AGENCY, noAgency)
                    .notApplicable(LOW_CLEARANCE, "the calendar and the rules are unclassified reference data")
                    .notApplicable(WRONG_ROLE, "every role of every agency reads the deadlines that bind it"));
        }
        for (EndpointCase change : List.of(
                EndpointCase.post(page + "/holidays", page + "/holidays").form(invalidDay),
                EndpointCase.get(page + "/holidays/{day}", page + "/holidays/" + KEPT),
                EndpointCase.post(page + "/holidays/{day}", page + "/holidays/" + KEPT).form("kind=HOLIDAY&name="),
                EndpointCase.post(page + "/holidays/{day}/confirm", page + "/holidays/" + KEPT + "/confirm"),
                EndpointCase.post(page + "/holidays/{day}/delete", page + "/holidays/" + DELETED_BY_PAGE + "/delete"),
                EndpointCase.get(page + "/deadlines/{kind}/{urgency}", page + "/deadlines/LOOKUP/NORMAL"),
                EndpointCase.post(page + "/deadlines/{kind}/{urgency}", page + "/deadlines/LOOKUP/NORMAL")
                        .form("amount=0&unit=HOURS"),
                EndpointCase.post(api + "/holidays", api + "/holidays").json(invalidDayJson),
                EndpointCase.put(api + "/holidays/{day}", api + "/holidays/2099-03-02").json(invalidDayJson),
                EndpointCase.delete(api + "/holidays/{day}", api + "/holidays/" + DELETED_BY_API),
                EndpointCase.put(api + "/deadlines/{kind}/{urgency}", api + "/deadlines/LOOKUP/NORMAL")
                        .json("{\"amount\":0,\"unit\":\"HOURS\"}"))) {
            cases.add(change.allowed(sysadmin)
                    .refused(OTHER_AGENCY, strangerAdmin)
                    .refused(WRONG_ROLE, agencyAdmin)
                    .notApplicable(LOW_CLEARANCE, "the calendar and the rules are unclassified reference data"));
        }
        return cases;
    }

    @Override
    public void cleanUp(MatrixFixtures f) {
        f.bean(JdbcClient.class).sql("DELETE FROM request_holiday WHERE day IN (?, ?, ?)")
                .params(KEPT, DELETED_BY_PAGE, DELETED_BY_API).update();
    }
}
