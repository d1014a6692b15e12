package vn.liaison.agreements.web;

import java.util.Set;

import org.springframework.validation.BindingResult;

import vn.liaison.shared.DomainException;

/** Puts a refusal beside the field it is about (or above the form when the form has no such field). */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult result, DomainException e, Set<String> formFields) {
        if (e.field() != null && formFields.contains(e.field())) {
            result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }
}
