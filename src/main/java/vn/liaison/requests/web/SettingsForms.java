package vn.liaison.requests.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import org.springframework.validation.BindingResult;

import vn.liaison.requests.DeadlineAdministration.HolidayEntry;
import vn.liaison.requests.DeadlineAdministration.RuleEntry;
import vn.liaison.requests.DeadlineAdministration.RuleView;
import vn.liaison.requests.DeadlineRule;
import vn.liaison.requests.DeadlineSettings.Holiday;
import vn.liaison.requests.HolidayKind;
import vn.liaison.shared.DomainException;

/**
 * The forms of the settings screens. Fields are bound as text so that whatever was typed comes back on error;
 * parsing refuses with the field's name, and the refusal is put beside that field.
 */
final class SettingsForms {

    private SettingsForms() {
    }

    /** A day of the calendar as typed. */
    static final class HolidayForm {

        static final Set<String> FIELDS = Set.of("day", "kind", "name", "legalReference");

        private String day;
        private String kind;
        private String name;
        private String legalReference;
        private boolean confirmed;

        static HolidayForm of(Holiday h) {
            HolidayForm f = new HolidayForm();
            f.day = h.day().toString();
            f.kind = h.kind().name();
            f.name = h.name();
            f.legalReference = h.legalReference();
            f.confirmed = h.confirmed();
            return f;
        }

        HolidayEntry entry() {
            return new HolidayEntry(date(day), parse(HolidayKind.class, "kind", kind), name, legalReference, confirmed);
        }

        public String getDay() {
            return day;
        }

        public void setDay(String day) {
            this.day = day;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getLegalReference() {
            return legalReference;
        }

        public void setLegalReference(String legalReference) {
            this.legalReference = legalReference;
        }

        public boolean isConfirmed() {
            return confirmed;
        }

        public void setConfirmed(boolean confirmed) {
            this.confirmed = confirmed;
        }
    }

    /** A deadline rule as typed. */
    static final class RuleForm {

        static final Set<String> FIELDS = Set.of("amount", "unit", "legalReference");

        private String amount;
        private String unit;
        private String legalReference;

        static RuleForm of(RuleView r) {
            RuleForm f = new RuleForm();
            f.amount = Integer.toString(r.amount());
            f.unit = r.unit().name();
            f.legalReference = r.legalReference();
            return f;
        }

        RuleEntry entry() {
            Integer n = null;
            if (amount != null && !amount.isBlank()) {
                try {
                    n = Integer.valueOf(amount.strip());
                } catch (NumberFormatException e) {
                    throw DomainException.invalid("amount", "requests.settings.error.notANumber");
                }
            }
            return new RuleEntry(n, parse(DeadlineRule.Unit.class, "unit", unit), legalReference);
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public String getLegalReference() {
            return legalReference;
        }

        public void setLegalReference(String legalReference) {
            this.legalReference = legalReference;
        }
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("day", "requests.settings.error.notADate");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(field, "requests.settings.error.unknownValue");
        }
    }

    /** Puts a refusal beside the field it is about (or above the form when the form has no such field). */
    static void reject(BindingResult result, DomainException e, Set<String> fields) {
        if (e.field() != null && fields.contains(e.field())) {
            result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }
}
