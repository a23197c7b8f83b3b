package io.kine.infra.web;

import io.kine.command.Rejection;
import io.kine.infra.messaging.MissingActor;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal on {@code /api/**} as an RFC 9457 problem: a stable {@code type}, a translated
 * {@code title} and {@code detail}, the request id, and per-field {@code errors} when input was
 * wrong. Spring's own errors (unreadable JSON, unknown fields, wrong types) come through the
 * base class, so bad input is never a 500.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;
    private final ApiProblemFactory problems;

    ApiProblems(MessageSource messages, ApiProblemFactory problems) {
        this.messages = messages;
        this.problems = problems;
    }

    private ProblemDetail problem(HttpStatus status, String type, String messageKey, Locale locale) {
        log.debug("API refusal {} {}", status.value(), type);
        return problems.problem(status, type, messageKey, locale);
    }

    @ExceptionHandler(Rejection.class)
    ResponseEntity<ProblemDetail> rejected(Rejection rejection, Locale locale) {
        HttpStatus status = switch (rejection.kind()) {
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        ProblemDetail problem = problem(status, rejection.problemType(), rejection.messageKey(), locale);
        if (!rejection.violations().isEmpty()) {
            problem.setProperty("errors", rejection.violations().stream()
                    .map(v -> Map.of("field", v.field(), "code", v.messageKey(),
                            "message", messages.getMessage(v.messageKey(), null, v.messageKey(), locale)))
                    .toList());
        }
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException missing, Locale locale) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, "not-found", "error.notFound", locale));
    }

    /** Two writers raced on one record, a client wrote over a version it had not seen, or an id was reused. */
    @ExceptionHandler({ConcurrencyException.class, ConflictingModificationException.class,
            AggregateStreamCreationException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException race, Locale locale) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problem(HttpStatus.CONFLICT, "concurrent-modification", "error.concurrentModification", locale));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class, MissingActor.class})
    ResponseEntity<ProblemDetail> denied(RuntimeException denied, Locale locale) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(problem(HttpStatus.FORBIDDEN, "access-denied", "error.accessDenied", locale));
    }

    @ExceptionHandler(InvalidRequest.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequest invalid, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "error.invalidRequest", locale);
        problem.setProperty("errors", List.of(Map.of("field", invalid.field(), "code", invalid.messageKey(),
                "message", messages.getMessage(invalid.messageKey(), null, invalid.messageKey(), locale))));
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * A fault of ours, not of the request: logged with its stack trace under the request id the
     * client also receives, so a support request can be matched to the log line.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception fault, Locale locale) {
        log.error("Unexpected error answering an API request", fault);
        return ResponseEntity.internalServerError()
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "server-error", "error.server", locale));
    }

    /** Spring's own problems (bad JSON, unknown field, type mismatch): keep them, add our type and request id. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, org.springframework.http.HttpHeaders headers,
            HttpStatusCode status, org.springframework.web.context.request.WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
                problem.setType(URI.create(ApiProblemFactory.TYPE_BASE + (status.is4xxClientError() ? "invalid-request" : "server-error")));
            }
            problem.setProperty("requestId", RequestIds.current());
        }
        return super.createResponseEntity(body, headers, status, request);
    }
}
