package io.kine.infra.clinical;

import io.kine.command.Rejection;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals on the clinical pages that no form handles itself: a missing or foreign record is
 * a 404 page; any other rule (closed case, signed note) is explained on a page with its status.
 */
@ControllerAdvice(assignableTypes = {ChartController.class, CaseController.class, VisitController.class,
        NoteTemplateController.class, AttachmentPageController.class})
class ClinicalPageErrors {

    /** A command sent to a record that never existed: the same answer as a missing one. */
    @ExceptionHandler(org.axonframework.modelling.command.AggregateNotFoundException.class)
    ModelAndView missing(java.util.Locale locale, jakarta.servlet.http.HttpServletRequest request) {
        return page(HttpStatus.NOT_FOUND, "error.notFound", locale, request);
    }

    @ExceptionHandler(Rejection.class)
    ModelAndView refused(Rejection rejection, java.util.Locale locale, jakarta.servlet.http.HttpServletRequest request) {
        HttpStatus status = switch (rejection.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return page(status, rejection.messageKey(), locale, request);
    }

    private static ModelAndView page(HttpStatus status, String reason, java.util.Locale locale,
            jakarta.servlet.http.HttpServletRequest request) {
        ModelAndView page = new ModelAndView(status == HttpStatus.NOT_FOUND ? "clinical/not-found" : "clinical/refused");
        page.addObject("reason", reason);
        // exception pages get no @ModelAttribute from the layout advice: give the layout what it reads
        page.addObject("textDirection", "ar".equals(locale.getLanguage()) ? "rtl" : "ltr");
        page.addObject("language", locale.getLanguage());
        page.addObject("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
        if (org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication() != null
                && org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()
                        .getPrincipal() instanceof io.kine.infra.security.KineUser user) {
            page.addObject("currentUser", user);
            page.addObject("embeddedMailbox", false);
        }
        page.setStatus(status);
        return page;
    }
}
