package vn.liaison.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

import vn.liaison.shared.DashboardContributor;
import vn.liaison.shared.DashboardFigure;

/**
 * Home-page figures for those who may read the ledger: entries recorded today in their scope, and what the last
 * verification found (0 breaks when the chain was intact, 1 when it found the first broken entry). Everyone
 * else gets no figures: the policy's refusal is the signal.
 */
@Component
class LedgerDashboard implements DashboardContributor {

    private final LedgerAccess access;
    private final LedgerReader reader;
    private final LedgerVerifier verifier;

    LedgerDashboard(LedgerAccess access, LedgerReader reader, LedgerVerifier verifier) {
        this.access = access;
        this.reader = reader;
        this.verifier = verifier;
    }

    @Override
    public List<DashboardFigure> figures() {
        LedgerScope scope;
        try {
            scope = access.requireLedgerReader();
        } catch (AccessDeniedException | AuthenticationException e) {
            return List.of();
        }
        List<DashboardFigure> figures = new ArrayList<>();
        figures.add(new DashboardFigure("audit.dashboard.entriesToday", reader.countToday(scope), "/audit", "journal-check", 900));
        verifier.latest().ifPresent(v -> figures.add(new DashboardFigure("audit.dashboard.lastVerificationBreaks",
                v.intact() ? 0 : 1, "/audit/verifications", v.intact() ? "shield-check" : "shield-exclamation", 901)));
        return figures;
    }
}
