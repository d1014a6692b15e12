package vn.liaison.requests.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.liaison.requests.DeadlineAdministration;
import vn.liaison.requests.DeadlineAdministration.RuleView;
import vn.liaison.requests.DeadlineRule;
import vn.liaison.requests.DeadlineSettings.Holiday;
import vn.liaison.requests.HolidayKind;
import vn.liaison.requests.RequestKind;
import vn.liaison.requests.SettingsRules;
import vn.liaison.requests.Urgency;
import vn.liaison.requests.web.SettingsForms.HolidayForm;
import vn.liaison.requests.web.SettingsForms.RuleForm;
import vn.liaison.security.AccessPolicy;
import vn.liaison.shared.DomainException;

/**
 * The screens of the holiday calendar and of the deadline rules: everyone of an agency reads them, the platform's
 * system administrator changes them. Days not yet confirmed against the official announcement are flagged.
 */
@Controller
@RequestMapping("/requests/settings")
class DeadlineSettingsPagesController {

    private final DeadlineAdministration administration;
    private final AccessPolicy policy;
    private final Clock clock;

    DeadlineSettingsPagesController(DeadlineAdministration administration, AccessPolicy policy, Clock clock) {
        this.administration = administration;
        this.policy = policy;
        this.clock = clock;
    }

    // ---- the calendar ----------------------------------------------------------------------------------------

    @GetMapping("/holidays")
    String holidays(@RequestParam(required = false) Integer year, Model model) {
        policy.requireActor();
        administration.requireReader();
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        HolidayForm form = new HolidayForm();
        form.setKind(HolidayKind.HOLIDAY.name());
        return holidaysPage(y, form, model);
    }

    @PostMapping("/holidays")
    String add(@ModelAttribute("holidayForm") HolidayForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        policy.requireActor();
        administration.requireChanger();
        try {
            Holiday h = administration.add(form.entry());
            redirect.addFlashAttribute("flash", "requests.settings.flash.dayAdded");
            return "redirect:/requests/settings/holidays?year=" + h.day().getYear();
        } catch (DomainException e) {
            SettingsForms.reject(result, e, HolidayForm.FIELDS);
        }
        response.setStatus(422);
        LocalDate typed = safeDate(form.getDay());
        return holidaysPage(typed == null ? LocalDate.now(clock).getYear() : typed.getYear(), form, model);
    }

    @GetMapping("/holidays/{day}")
    String editHoliday(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
        policy.requireActor();
        administration.requireChanger();
        return editPage(day, HolidayForm.of(administration.holiday(day)), model);
    }

    @PostMapping("/holidays/{day}")
    String update(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @ModelAttribute("holidayForm") HolidayForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        policy.requireActor();
        administration.requireChanger();
        form.setDay(day.toString());
        try {
            administration.update(day, form.entry());
            redirect.addFlashAttribute("flash", "requests.settings.flash.daySaved");
            return "redirect:/requests/settings/holidays?year=" + day.getYear();
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            SettingsForms.reject(result, e, HolidayForm.FIELDS);
        }
        response.setStatus(422);
        return editPage(day, form, model);
    }

    /** Confirms a day; from htmx only the year's list (with its warning) comes back, otherwise the whole page. */
    @PostMapping("/holidays/{day}/confirm")
    String confirm(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        policy.requireActor();
        administration.requireChanger();
        Holiday h = administration.confirm(day);
        if (htmx != null) {
            // the list and its warning of days still to confirm come back together
            holidaysPage(h.day().getYear(), new HolidayForm(), model);
            return "requests/settings-holidays :: calendar";
        }
        redirect.addFlashAttribute("flash", "requests.settings.flash.dayConfirmed");
        return "redirect:/requests/settings/holidays?year=" + day.getYear();
    }

    @PostMapping("/holidays/{day}/delete")
    String delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            RedirectAttributes redirect) {
        policy.requireActor();
        administration.requireChanger();
        administration.delete(day);
        redirect.addFlashAttribute("flash", "requests.settings.flash.dayDeleted");
        return "redirect:/requests/settings/holidays?year=" + day.getYear();
    }

    private String holidaysPage(int year, HolidayForm form, Model model) {
        List<Holiday> days = administration.holidays(year);
        TreeSet<Integer> years = new TreeSet<>(administration.years());
        int thisYear = LocalDate.now(clock).getYear();
        years.add(year);
        years.add(thisYear);
        years.add(thisYear + 1);
        model.addAttribute("year", year);
        model.addAttribute("years", years.descendingSet());
        model.addAttribute("days", days);
        model.addAttribute("unconfirmed", days.stream().filter(h -> !h.confirmed()).count());
        model.addAttribute("holidayForm", form);
        model.addAttribute("kinds", HolidayKind.values());
        model.addAttribute("canChange", administration.canChange());
        return "requests/settings-holidays";
    }

    private String editPage(LocalDate day, HolidayForm form, Model model) {
        model.addAttribute("day", day);
        model.addAttribute("holidayForm", form);
        model.addAttribute("kinds", HolidayKind.values());
        return "requests/settings-holiday";
    }

    private static LocalDate safeDate(String text) {
        try {
            LocalDate d = SettingsForms.date(text);
            return d != null && d.getYear() >= SettingsRules.FIRST_YEAR && d.getYear() <= SettingsRules.LAST_YEAR ? d : null;
        } catch (DomainException e) {
            return null;
        }
    }

    // ---- the deadline rules -----------------------------------------------------------------------------------

    @GetMapping("/deadlines")
    String deadlines(Model model) {
        policy.requireActor();
        administration.requireReader();
        model.addAttribute("rules", administration.rules());
        model.addAttribute("canChange", administration.canChange());
        return "requests/settings-deadlines";
    }

    @GetMapping("/deadlines/{kind}/{urgency}")
    String editRule(@PathVariable String kind, @PathVariable String urgency, Model model) {
        policy.requireActor();
        administration.requireChanger();
        RuleView rule = administration.rule(parse(RequestKind.class, kind), parse(Urgency.class, urgency));
        return rulePage(rule, RuleForm.of(rule), model);
    }

    @PostMapping("/deadlines/{kind}/{urgency}")
    String saveRule(@PathVariable String kind, @PathVariable String urgency, @ModelAttribute("ruleForm") RuleForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        policy.requireActor();
        administration.requireChanger();
        RequestKind k = parse(RequestKind.class, kind);
        Urgency u = parse(Urgency.class, urgency);
        try {
            administration.setRule(k, u, form.entry());
            redirect.addFlashAttribute("flash", "requests.settings.flash.ruleSaved");
            return "redirect:/requests/settings/deadlines";
        } catch (DomainException e) {
            SettingsForms.reject(result, e, RuleForm.FIELDS);
        }
        response.setStatus(422);
        return rulePage(administration.rule(k, u), form, model);
    }

    private String rulePage(RuleView rule, RuleForm form, Model model) {
        model.addAttribute("rule", rule);
        model.addAttribute("ruleForm", form);
        model.addAttribute("units", DeadlineRule.Unit.values());
        model.addAttribute("caps", java.util.Arrays.stream(DeadlineRule.Unit.values())
                .collect(java.util.stream.Collectors.toMap(DeadlineRule.Unit::name, SettingsRules::cap)));
        return "requests/settings-rule";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code) {
        try {
            return Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw DomainException.notFound("deadline rule " + code);
        }
    }
}
