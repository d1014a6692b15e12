package vn.liaison.organizations.web;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

import vn.liaison.shared.DomainException;

/** Puts a refusal of the service beside the field it is about (or above the form when it names none). */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult binding, DomainException e) {
        reject(binding, e.field(), e.messageKey(), e.args());
    }

    static void reject(BindingResult binding, String field, String key, Object... args) {
        Object target = binding.getTarget();
        if (field != null && target != null && new BeanWrapperImpl(target).isReadableProperty(field)) {
            binding.rejectValue(field, code(key), args, null);
        } else {
            binding.reject(code(key), args, null);
        }
    }

    static void stale(BindingResult binding) {
        binding.reject("error.staleVersion");
    }

    /**
     * The form binder prefixes every code with "organizations." (see {@link FormBinding}); a key of this
     * module loses its prefix here, a shared key is mirrored in the module's bundles under the prefix.
     */
    static String code(String key) {
        return key.startsWith("organizations.") ? key.substring("organizations.".length()) : key;
    }
}
