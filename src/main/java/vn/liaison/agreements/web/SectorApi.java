package vn.liaison.agreements.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.liaison.agreements.SectorCatalog;
import vn.liaison.agreements.SectorView;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.ApiScope;

/** The sectors reference list (scope of agreements). */
@RestController
@RequestMapping("/api/v1/sectors")
@Tag(name = "Sectors", description = "Reference list of sectors an agreement's scope covers")
class SectorApi {

    private final SectorCatalog sectors;
    private final AccessPolicy policy;

    SectorApi(SectorCatalog sectors, AccessPolicy policy) {
        this.sectors = sectors;
        this.policy = policy;
    }

    @GetMapping
    @Operation(summary = "All sectors")
    List<SectorView> list() {
        policy.requireScope(ApiScope.AGREEMENTS_READ);
        return sectors.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a sector (system administrator)")
    SectorView add(@Valid @RequestBody ApiRequests.SectorRequest body) {
        policy.requireScope(ApiScope.AGREEMENTS_WRITE);
        return sectors.add(body.code(), body.nameVi(), body.nameEn());
    }
}
