package vn.liaison.organizations;

import java.util.UUID;

import vn.liaison.shared.PageRequest;

/** Filters of the people list; without an agency, the people of every agency the reader may see. */
public record PersonQuery(UUID agencyId, UUID unitId, String q, PageRequest page) {

    public PersonQuery {
        page = page == null ? new PageRequest(0, 20) : page;
    }
}
