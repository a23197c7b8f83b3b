package io.kine.infra.web;

import io.kine.infra.security.KineUser;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout of every page needs: text direction, language and the logged-in person. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    @ModelAttribute("textDirection")
    String textDirection(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? "rtl" : "ltr";
    }

    @ModelAttribute("language")
    String language(Locale locale) {
        return LocaleConfiguration.SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(locale.getLanguage()))
                ? locale.getLanguage() : "fr";
    }

    /** The page's own path, for the language links. */
    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("currentUser")
    KineUser currentUser(@AuthenticationPrincipal KineUser user) {
        return user;
    }
}
