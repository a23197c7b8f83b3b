package io.kine.infra.organization;

import io.kine.infra.web.InvalidRequest;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public sign-up page. After signing up the owner is sent to the login page with a
 * message rather than logged in here: every session then starts through the one login path
 * (its session-fixation protection, and whatever throttling or second factor it gains), and
 * typing the new password once more confirms it was typed as meant.
 */
@Controller
class SignupController {

    static final String SIGNUP_VIEW = "signup";
    static final List<String> CURRENCIES = List.of("EUR", "MAD");
    static final List<String> LANGUAGES = List.of("fr", "ar", "en");
    /** The zones of the countries Kine serves first; any other IANA zone is accepted through the API. */
    static final List<String> TIME_ZONES = List.of("Europe/Paris", "Africa/Casablanca", "Europe/Brussels",
            "Europe/Zurich", "Europe/Luxembourg", "Indian/Reunion", "America/Martinique", "America/Guadeloupe",
            "America/Cayenne", "Indian/Mayotte", "Pacific/Noumea", "Pacific/Tahiti");

    private final Signups signups;

    SignupController(Signups signups) {
        this.signups = signups;
    }

    @InitBinder("signupForm")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("organizationName", "currency", "defaultLocale", "locationName", "timeZone",
                "displayName", "email", "password");
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("currencies", CURRENCIES);
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("timeZones", TIME_ZONES);
    }

    @GetMapping("/signup")
    String initSignupForm(Model model) {
        model.addAttribute("signupForm", new SignupForm());
        return SIGNUP_VIEW;
    }

    @PostMapping("/signup")
    String processSignupForm(@ModelAttribute("signupForm") SignupForm form, BindingResult result,
            RedirectAttributes redirect) {
        try {
            ZoneId zone = TimeZones.parse("timeZone", form.getTimeZone());
            signups.signUp(new Signups.Signup(form.getOrganizationName(), form.getCurrency(), form.getDefaultLocale(),
                    form.getLocationName(), zone, form.getDisplayName(), form.getEmail(), form.getPassword()));
        } catch (SignupRefused refused) {
            refused.violations().forEach(v -> result.rejectValue(v.field(), v.messageKey()));
            form.setPassword(null);
            return SIGNUP_VIEW;
        } catch (InvalidRequest invalid) {
            result.rejectValue(invalid.field(), invalid.messageKey());
            form.setPassword(null);
            return SIGNUP_VIEW;
        }
        redirect.addFlashAttribute("message", "signup.done");
        return "redirect:/login";
    }
}
