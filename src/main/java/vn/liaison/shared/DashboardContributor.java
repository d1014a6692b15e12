package vn.liaison.shared;

import java.util.List;

/**
 * Implemented by a module that puts figures on the home page. Figures are computed from the records for the
 * current person (each module applies the access policy itself), never typed in.
 */
public interface DashboardContributor {

    List<DashboardFigure> figures();
}
