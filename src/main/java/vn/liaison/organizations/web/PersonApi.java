package vn.liaison.organizations.web;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.liaison.organizations.AgencyDirectory;
import vn.liaison.organizations.OrganizationManagement;
import vn.liaison.organizations.PersonQuery;
import vn.liaison.organizations.PersonView;
import vn.liaison.organizations.Versioned;
import vn.liaison.organizations.web.ApiResources.PersonChange;
import vn.liaison.organizations.web.ApiResources.PersonCreate;
import vn.liaison.organizations.web.ApiResources.PersonResource;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.ApiScope;
import vn.liaison.shared.DomainException;
import vn.liaison.shared.PageRequest;
import vn.liaison.shared.PageResult;

/**
 * People: read by their own agency's staff (and its successors') and system administrators, managed by the
 * agency's administrator. Clearances appear only for the agency's administrators.
 */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "People of agencies (fictional in the demo data)")
class PersonApi {

    private final AccessPolicy access;
    private final OrganizationManagement management;
    private final AgencyDirectory directory;

    PersonApi(AccessPolicy access, OrganizationManagement management, AgencyDirectory directory) {
        this.access = access;
        this.management = management;
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "Search people", description = "Without agencyId: the people of every agency the caller may see; q is diacritic-insensitive")
    PageResult<PersonResource> list(@RequestParam(required = false) UUID agencyId,
            @RequestParam(required = false) UUID unitId, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        access.requireScope(ApiScope.ORGANIZATIONS_READ);
        return management.searchPeopleVersioned(new PersonQuery(agencyId, unitId, q, PageRequest.of(page, size)))
                .map(v -> PersonResource.of(v.item(), v.version(), management.canSeeClearance(v.item().agencyId())));
    }

    @PostMapping
    @Operation(summary = "Create a person (administrator of the agency)")
    ResponseEntity<PersonResource> create(@Valid @RequestBody PersonCreate body) {
        access.requireAgencyAdmin(body.agencyId());
        PersonView p = management.createPerson(body.agencyId(), body.data());
        Versioned<PersonView> v = management.person(p.id());
        return ResponseEntity.created(URI.create("/api/v1/people/" + p.id()))
                .body(PersonResource.of(v.item(), v.version(), true));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One person with the version to send back on update")
    PersonResource get(@PathVariable UUID id) {
        access.requireScope(ApiScope.ORGANIZATIONS_READ);
        Versioned<PersonView> v = management.person(id);
        return PersonResource.of(v.item(), v.version(), management.canSeeClearance(v.item().agencyId()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a person (administrator of the agency); a stale version answers 409")
    PersonResource update(@PathVariable UUID id, @Valid @RequestBody PersonChange change) {
        access.requireActor();
        PersonView current = directory.person(id).orElseThrow(() -> DomainException.notFound("person"));
        access.requireAgencyAdmin(current.agencyId());
        management.updatePerson(id, change.version(), change.data());
        Versioned<PersonView> v = management.person(id);
        return PersonResource.of(v.item(), v.version(), true);
    }
}
