package io.kine.infra.web;

import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds RFC 9457 problems with Kine's type URIs, translated texts and the request id. */
@Component
public class ApiProblemFactory {

    public static final String TYPE_BASE = "https://kine.io/problems/";

    private final MessageSource messages;

    ApiProblemFactory(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail problem(HttpStatus status, String type, String messageKey, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(messages.getMessage(messageKey, null, messageKey, locale));
        problem.setDetail(messages.getMessage(messageKey + ".detail", null, problem.getTitle(), locale));
        problem.setProperty("requestId", RequestIds.current());
        return problem;
    }
}
