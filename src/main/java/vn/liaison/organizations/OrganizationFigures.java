package vn.liaison.organizations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.liaison.security.AccessPolicy;
import vn.liaison.security.Actor;
import vn.liaison.shared.DashboardContributor;
import vn.liaison.shared.DashboardFigure;

/** Home-page figures: the agencies that exist today, and the active people of the reader's own agency. */
@Component
class OrganizationFigures implements DashboardContributor {

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final Clock clock;

    OrganizationFigures(JdbcClient jdbc, AccessPolicy access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public List<DashboardFigure> figures() {
        List<DashboardFigure> figures = new ArrayList<>();
        Actor actor = access.actor().orElse(null);
        if (actor == null) {
            return figures;
        }
        LocalDate today = LocalDate.now(clock);
        long agencies = jdbc.sql("SELECT count(*) FROM agency WHERE valid_from <= :d AND (valid_to IS NULL OR valid_to >= :d)")
                .param("d", today).query(Long.class).single();
        figures.add(new DashboardFigure("organizations.figure.activeAgencies", agencies, "/agencies", "building", 100));
        long people = jdbc.sql("SELECT count(*) FROM person WHERE agency_id = :a AND active")
                .param("a", actor.agencyId()).query(Long.class).single();
        figures.add(new DashboardFigure("organizations.figure.myPeople", people,
                "/agencies/" + actor.agencyId() + "/people", "people", 101));
        return figures;
    }
}
