package vn.liaison.requests.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.liaison.requests.DeadlineAdministration;
import vn.liaison.requests.DeadlineAdministration.HolidayEntry;
import vn.liaison.requests.DeadlineAdministration.RuleEntry;
import vn.liaison.requests.DeadlineAdministration.RuleView;
import vn.liaison.requests.DeadlineRule;
import vn.liaison.requests.DeadlineSettings.Holiday;
import vn.liaison.requests.HolidayKind;
import vn.liaison.requests.RequestKind;
import vn.liaison.requests.Urgency;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.ApiScope;
import vn.liaison.shared.DomainException;

/**
 * The holiday calendar and the deadline rules through the API. Every person of an agency (and a token with
 * {@code REQUESTS_READ}) reads them; only the platform's system administrator, in person, changes them. The paths
 * sit under {@code /settings}, which no request id (a UUID) can be.
 */
@RestController
@RequestMapping("/api/v1/requests/settings")
@Tag(name = "Request settings", description = "Working-day calendar and deadline rules per kind and urgency")
class DeadlineSettingsApiController {

    private final DeadlineAdministration administration;
    private final AccessPolicy policy;
    private final Clock clock;

    DeadlineSettingsApiController(DeadlineAdministration administration, AccessPolicy policy, Clock clock) {
        this.administration = administration;
        this.policy = policy;
        this.clock = clock;
    }

    /** A day as sent: on {@code POST} the day is in the body, on {@code PUT} in the path. */
    record HolidayBody(LocalDate day, HolidayKind kind, String name, String legalReference, Boolean confirmed) {

        HolidayEntry entry(LocalDate at) {
            return new HolidayEntry(at, kind, name, legalReference, Boolean.TRUE.equals(confirmed));
        }
    }

    record RuleBody(Integer amount, DeadlineRule.Unit unit, String legalReference) {
    }

    @GetMapping("/holidays")
    @Operation(summary = "The days of the calendar in a year (this year when not given)")
    List<Holiday> holidays(@RequestParam(required = false) Integer year) {
        policy.requireScope(ApiScope.REQUESTS_READ);
        administration.requireReader();
        return administration.holidays(year == null ? LocalDate.now(clock).getYear() : year);
    }

    @GetMapping("/holidays/{day}")
    @Operation(summary = "One day of the calendar")
    Holiday holiday(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        policy.requireScope(ApiScope.REQUESTS_READ);
        return administration.holiday(day);
    }

    @PostMapping(path = "/holidays", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a day (system administrator); 409 when the day is already in the calendar")
    ResponseEntity<Holiday> add(@RequestBody HolidayBody body) {
        policy.requireScope(ApiScope.REQUESTS_WRITE);
        administration.requireChanger();
        Holiday h = administration.add(body.entry(body.day()));
        return ResponseEntity.created(URI.create("/api/v1/requests/settings/holidays/" + h.day())).body(h);
    }

    @PutMapping(path = "/holidays/{day}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create or replace a day (system administrator); the day in the path wins")
    ResponseEntity<Holiday> put(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestBody HolidayBody body) {
        policy.requireScope(ApiScope.REQUESTS_WRITE);
        administration.requireChanger();
        if (body.day() != null && !body.day().equals(day)) {
            throw DomainException.invalid("day", "requests.settings.error.dayMismatch", day.toString());
        }
        DeadlineAdministration.Saved saved = administration.put(day, body.entry(day));
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.holiday());
    }

    @DeleteMapping("/holidays/{day}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a day (system administrator)")
    void delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        policy.requireScope(ApiScope.REQUESTS_WRITE);
        administration.requireChanger();
        administration.delete(day);
    }

    @GetMapping("/deadlines")
    @Operation(summary = "The deadline rule of every kind and urgency")
    List<RuleView> rules() {
        policy.requireScope(ApiScope.REQUESTS_READ);
        return administration.rules();
    }

    @GetMapping("/deadlines/{kind}/{urgency}")
    @Operation(summary = "The deadline rule of a kind and urgency")
    RuleView rule(@PathVariable String kind, @PathVariable String urgency) {
        policy.requireScope(ApiScope.REQUESTS_READ);
        administration.requireReader();
        return administration.rule(parse(RequestKind.class, kind), parse(Urgency.class, urgency));
    }

    @PutMapping(path = "/deadlines/{kind}/{urgency}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set the deadline rule of a kind and urgency (system administrator). Caps: 720 hours, "
            + "365 days, 250 working days")
    RuleView setRule(@PathVariable String kind, @PathVariable String urgency, @RequestBody RuleBody body) {
        policy.requireScope(ApiScope.REQUESTS_WRITE);
        administration.requireChanger();
        RequestKind k = parse(RequestKind.class, kind);
        Urgency u = parse(Urgency.class, urgency);
        return administration.setRule(k, u, new RuleEntry(body.amount(), body.unit(), body.legalReference()));
    }

    /** An unknown kind or urgency names no rule: 404 (after the access checks, so it tells a stranger nothing). */
    private static <E extends Enum<E>> E parse(Class<E> type, String code) {
        try {
            return Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw DomainException.notFound("deadline rule " + code);
        }
    }
}
