package io.kine.infra.identity;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * {@code /password-reset}: open to anyone. Asking answers the same whether the address has a
 * login or not; the mailed link lets its holder choose a new password once.
 */
@Controller
@RequestMapping("/password-reset")
class PasswordResetController {

    static final String REQUEST_VIEW = "password-reset/request";
    static final String CHOOSE_VIEW = "password-reset/choose";
    static final String INVALID_VIEW = "password-reset/invalid";

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping
    String initRequestForm() {
        return REQUEST_VIEW;
    }

    @PostMapping
    String processRequestForm(@RequestParam(defaultValue = "") String email) {
        resets.request(email);
        return "redirect:/password-reset?sent";
    }

    @GetMapping("/{token}")
    String initChooseForm(@PathVariable String token, Model model) {
        resets.pending(token).orElseThrow(ResetLinkInvalid::new);
        model.addAttribute("token", token);
        return CHOOSE_VIEW;
    }

    @PostMapping("/{token}")
    String processChooseForm(@PathVariable String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation, Model model) {
        resets.pending(token).orElseThrow(ResetLinkInvalid::new);
        model.addAttribute("token", token);
        if (!password.equals(confirmation)) {
            model.addAttribute("passwordError", "password.mismatch");
            return CHOOSE_VIEW;
        }
        try {
            resets.reset(token, password);
        } catch (WeakPassword weak) {
            model.addAttribute("passwordError", weak.messageKey());
            return CHOOSE_VIEW;
        }
        return "redirect:/login?reset";
    }

    @ExceptionHandler(ResetLinkInvalid.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String invalid() {
        return INVALID_VIEW;
    }
}
