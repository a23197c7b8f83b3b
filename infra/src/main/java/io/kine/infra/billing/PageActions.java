package io.kine.infra.billing;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import io.kine.infra.web.InvalidRequest;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Post/redirect/get for the billing pages: runs the action, then redirects with the success
 * message, or with the refusal's message keys (shown above the form) when a rule said no.
 */
final class PageActions {

    private PageActions() {
    }

    static String run(RedirectAttributes flash, String successKey, String target, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("message", successKey);
        } catch (Rejection refused) {
            flash.addFlashAttribute("billingError", refused.messageKey());
            flash.addFlashAttribute("billingErrors", refused.violations().stream()
                    .map(FieldViolation::messageKey).distinct().toList());
        } catch (InvalidRequest invalid) {
            flash.addFlashAttribute("billingError", invalid.messageKey());
        } catch (AggregateNotFoundException | ConcurrencyException raced) {
            flash.addFlashAttribute("billingError", "billing.invalid");
        }
        return "redirect:" + target;
    }
}
