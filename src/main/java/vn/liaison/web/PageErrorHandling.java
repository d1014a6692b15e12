package vn.liaison.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletResponse;
import vn.liaison.shared.DomainException;

/** A refusal that a page did not show beside a field becomes a friendly error page with the reason. */
@ControllerAdvice
class PageErrorHandling {

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletResponse response) {
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT, PRECONDITION_FAILED -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        ModelAndView mav = new ModelAndView("error");
        mav.setStatus(status);
        mav.addObject("status", status.value());
        mav.addObject("messageKey", e.messageKey());
        mav.addObject("messageArgs", e.args());
        return mav;
    }
}
