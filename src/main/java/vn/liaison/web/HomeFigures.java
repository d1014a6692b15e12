package vn.liaison.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.liaison.security.Actor;
import vn.liaison.shared.DashboardContributor;
import vn.liaison.shared.DashboardFigure;

/** Gathers the home-page figures every module contributes. */
@Component
class HomeFigures {

    private final List<DashboardContributor> contributors;

    HomeFigures(List<DashboardContributor> contributors) {
        this.contributors = contributors;
    }

    List<DashboardFigure> forActor(Actor actor) {
        return contributors.stream()
                .flatMap(c -> c.figures().stream())
                .sorted(Comparator.comparingInt(DashboardFigure::order))
                .toList();
    }
}
