package vn.liaison.organizations.web;

import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Form errors of this module's pages are looked up under the module's prefix ({@code organizations.NotBlank},
 * {@code organizations.typeMismatch}, …) so that they come from the module's own bundles in both languages.
 */
@ControllerAdvice(assignableTypes = {AgencyPages.class, UnitPages.class, PeoplePages.class, FocalPointPages.class})
class FormBinding {

    @InitBinder
    void prefixMessageCodes(WebDataBinder binder) {
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        codes.setPrefix("organizations.");
        binder.setMessageCodesResolver(codes);
    }
}
