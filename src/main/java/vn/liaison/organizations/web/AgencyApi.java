package vn.liaison.organizations.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.liaison.organizations.AgencyData;
import vn.liaison.organizations.AgencyKind;
import vn.liaison.organizations.AgencyLevel;
import vn.liaison.organizations.AgencyQuery;
import vn.liaison.organizations.AgencyStatus;
import vn.liaison.organizations.AgencyView;
import vn.liaison.organizations.FocalPointView;
import vn.liaison.organizations.OrganizationManagement;
import vn.liaison.organizations.SuccessionCommand;
import vn.liaison.organizations.Versioned;
import vn.liaison.organizations.web.ApiResources.AgencyChange;
import vn.liaison.organizations.web.ApiResources.AgencyResource;
import vn.liaison.organizations.web.ApiResources.FocalPointChange;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.ApiScope;
import vn.liaison.shared.ContentArea;
import vn.liaison.shared.PageRequest;
import vn.liaison.shared.PageResult;

/** Agencies over time: browse and search (everyone signed in, tokens with ORGANIZATIONS_READ), manage (system administrators). */
@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Agencies", description = "Agencies with their validity, successions and focal points")
class AgencyApi {

    private final AccessPolicy access;
    private final OrganizationManagement management;

    AgencyApi(AccessPolicy access, OrganizationManagement management) {
        this.access = access;
        this.management = management;
    }

    @GetMapping
    @Operation(summary = "Search agencies", description = "q is diacritic-insensitive; status CURRENT (default), FORMER or ALL; activeOn overrides status")
    PageResult<AgencyView> list(@RequestParam(required = false) String q, @RequestParam(required = false) AgencyKind kind,
            @RequestParam(required = false) AgencyLevel level, @RequestParam(required = false) AgencyStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeOn,
            @RequestParam(required = false) UUID parentId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        access.requireScope(ApiScope.ORGANIZATIONS_READ);
        return management.searchAgencies(new AgencyQuery(q, kind, level, status, activeOn, parentId, PageRequest.of(page, size)));
    }

    @PostMapping
    @Operation(summary = "Create an agency (system administrator)")
    ResponseEntity<AgencyResource> create(@Valid @RequestBody AgencyData data) {
        access.requireSystemAdmin();
        AgencyView created = management.createAgency(data);
        Versioned<AgencyView> v = management.agency(created.id());
        return ResponseEntity.created(URI.create("/api/v1/agencies/" + created.id())).body(AgencyResource.of(v.item(), v.version()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One agency with its version (send it back to update)")
    AgencyResource get(@PathVariable UUID id) {
        access.requireScope(ApiScope.ORGANIZATIONS_READ);
        Versioned<AgencyView> v = management.agency(id);
        return AgencyResource.of(v.item(), v.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update an agency (system administrator); a stale version answers 409")
    AgencyResource update(@PathVariable UUID id, @Valid @RequestBody AgencyChange change) {
        access.requireSystemAdmin();
        management.updateAgency(id, change.version(), change.data());
        Versioned<AgencyView> v = management.agency(id);
        return AgencyResource.of(v.item(), v.version());
    }

    @PostMapping("/{id}/successions")
    @Operation(summary = "Record a merger, split or renaming of this agency (system administrator)",
            description = "Successors are existing agencies (successorIds) and/or new ones (newSuccessors); the agency ends the day before effectiveOn")
    ResponseEntity<List<AgencyView>> succession(@PathVariable UUID id, @Valid @RequestBody SuccessionCommand command) {
        access.requireSystemAdmin();
        return ResponseEntity.status(HttpStatus.CREATED).body(management.recordSuccession(id, command));
    }

    @GetMapping("/{id}/focal-points")
    @Operation(summary = "The agency's contact person for each content area")
    List<FocalPointView> focalPoints(@PathVariable UUID id) {
        access.requireScope(ApiScope.ORGANIZATIONS_READ);
        return management.focalPoints(id);
    }

    @PutMapping("/{id}/focal-points/{area}")
    @Operation(summary = "Name (or with a null personId clear) the contact for a content area (agency administrator)")
    ResponseEntity<FocalPointView> setFocalPoint(@PathVariable UUID id,
            @Parameter(description = "content area") @PathVariable ContentArea area, @RequestBody FocalPointChange change) {
        access.requireAgencyAdmin(id);
        return management.setFocalPoint(id, area, change.personId()).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }
}
