package vn.liaison.organizations;

import java.time.LocalDate;
import java.util.UUID;

import vn.liaison.shared.PageRequest;

/** Filters of the agency list; all optional. {@code activeOn} overrides {@code status} when given. */
public record AgencyQuery(String q, AgencyKind kind, AgencyLevel level, AgencyStatus status, LocalDate activeOn,
        UUID parentId, PageRequest page) {

    public AgencyQuery {
        status = status == null ? AgencyStatus.CURRENT : status;
        page = page == null ? new PageRequest(0, 20) : page;
    }
}
