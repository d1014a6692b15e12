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
import vn.liaison.organizations.OrganizationManagement;
import vn.liaison.organizations.UnitView;
import vn.liaison.organizations.Versioned;
import vn.liaison.organizations.web.ApiResources.UnitChange;
import vn.liaison.organizations.web.ApiResources.UnitCreate;
import vn.liaison.organizations.web.ApiResources.UnitResource;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.ApiScope;
import vn.liaison.shared.PageRequest;
import vn.liaison.shared.PageResult;

/** Units of agencies: read by everyone signed in, managed by the agency's administrator. */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "Departments, offices and teams of agencies")
class UnitApi {

    private final AccessPolicy access;
    private final OrganizationManagement management;

    UnitApi(AccessPolicy access, OrganizationManagement management) {
        this.access = access;
        this.management = management;
    }

    @GetMapping
    @Operation(summary = "List units, optionally of one agency")
    PageResult<UnitView> list(@RequestParam(required = false) UUID agencyId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        access.requireScope(ApiScope.ORGANIZATIONS_READ);
        return management.searchUnits(agencyId, PageRequest.of(page, size));
    }

    @PostMapping
    @Operation(summary = "Create a unit (administrator of its agency)")
    ResponseEntity<UnitResource> create(@Valid @RequestBody UnitCreate body) {
        access.requireAgencyAdmin(body.agencyId());
        UnitView u = management.createUnit(body.agencyId(), body.data());
        Versioned<UnitView> v = management.unit(u.id());
        return ResponseEntity.created(URI.create("/api/v1/units/" + u.id())).body(UnitResource.of(v.item(), v.version()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One unit with its version")
    UnitResource get(@PathVariable UUID id) {
        access.requireScope(ApiScope.ORGANIZATIONS_READ);
        Versioned<UnitView> v = management.unit(id);
        return UnitResource.of(v.item(), v.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a unit (administrator of its agency); a stale version answers 409")
    UnitResource update(@PathVariable UUID id, @Valid @RequestBody UnitChange change) {
        access.requireActor();
        UnitView current = management.unit(id).item();
        access.requireAgencyAdmin(current.agencyId());
        management.updateUnit(id, change.version(), change.data());
        Versioned<UnitView> v = management.unit(id);
        return UnitResource.of(v.item(), v.version());
    }

}
