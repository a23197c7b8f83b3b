package io.kine.infra.identity;

import io.kine.infra.security.KineUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /profile}: who is logged in, and changing one's own password. Open to every logged-in person. */
@Controller
@RequestMapping("/profile")
class ProfileController {

    static final String VIEW = "profile/show";

    private final PasswordChanges changes;

    ProfileController(PasswordChanges changes) {
        this.changes = changes;
    }

    @GetMapping
    String show() {
        return VIEW;
    }

    @PostMapping("/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
            @AuthenticationPrincipal KineUser user, Model model, RedirectAttributes redirect) {
        if (currentPassword.isEmpty()) {
            model.addAttribute("currentPasswordError", "validation.required");
            return VIEW;
        }
        if (!password.equals(confirmation)) {
            model.addAttribute("passwordError", "password.mismatch");
            return VIEW;
        }
        try {
            changes.change(user, currentPassword, password);
        } catch (WrongCurrentPassword wrong) {
            model.addAttribute("currentPasswordError", wrong.messageKey());
            return VIEW;
        } catch (WeakPassword weak) {
            model.addAttribute("passwordError", weak.messageKey());
            return VIEW;
        }
        redirect.addFlashAttribute("message", "profile.passwordChanged");
        return "redirect:/profile";
    }
}
