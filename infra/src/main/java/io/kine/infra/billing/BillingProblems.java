package io.kine.infra.billing;

import io.kine.infra.web.ApiProblemFactory;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * 409 {@code already-billed} names the invoice that already bills the visit or appointment
 * ({@code invoiceId}, {@code invoiceNumber}, null for a draft) so the client can open it.
 * Ordered first, so it wins over the general rejection handler.
 */
@RestControllerAdvice(assignableTypes = {InvoiceApiController.class, VisitInvoiceApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class BillingProblems {

    private final ApiProblemFactory problems;
    private final MessageSource messages;

    BillingProblems(ApiProblemFactory problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(AlreadyBilled.class)
    ResponseEntity<ProblemDetail> alreadyBilled(AlreadyBilled billed, Locale locale) {
        ProblemDetail problem = problems.problem(HttpStatus.CONFLICT, billed.problemType(), billed.messageKey(), locale);
        String name = billed.number() != null ? billed.number() : messages.getMessage("billing.draft", null, locale);
        problem.setDetail(messages.getMessage("billing.alreadyBilled.detail", new Object[] {name}, locale));
        problem.setProperty("invoiceId", billed.invoice().value());
        problem.setProperty("invoiceNumber", billed.number());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
