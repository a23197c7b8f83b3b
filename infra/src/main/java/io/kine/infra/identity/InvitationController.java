package io.kine.infra.identity;

import io.kine.command.identity.InvitationAlreadyAccepted;
import io.kine.command.identity.UserIsDeactivated;
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

/** {@code /invitations/{token}}: open to anyone holding the link; the invitee chooses a password. */
@Controller
@RequestMapping("/invitations/{token}")
class InvitationController {

    static final String ACCEPT_VIEW = "invitations/accept";
    static final String INVALID_VIEW = "invitations/invalid";

    private final InvitationAcceptance acceptance;

    InvitationController(InvitationAcceptance acceptance) {
        this.acceptance = acceptance;
    }

    @GetMapping
    String initAcceptForm(@PathVariable String token, Model model) {
        Invitations.PendingInvitation invitation = acceptance.pending(token).orElseThrow(InvitationLinkInvalid::new);
        model.addAttribute("invitation", invitation);
        model.addAttribute("token", token);
        return ACCEPT_VIEW;
    }

    @PostMapping
    String processAcceptForm(@PathVariable String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation, Model model) {
        Invitations.PendingInvitation invitation = acceptance.pending(token).orElseThrow(InvitationLinkInvalid::new);
        model.addAttribute("invitation", invitation);
        model.addAttribute("token", token);
        if (!password.equals(confirmation)) {
            model.addAttribute("passwordError", "password.mismatch");
            return ACCEPT_VIEW;
        }
        try {
            acceptance.accept(token, password);
        } catch (WeakPassword weak) {
            model.addAttribute("passwordError", weak.messageKey());
            return ACCEPT_VIEW;
        }
        return "redirect:/login?accepted";
    }

    @ExceptionHandler({InvitationLinkInvalid.class, InvitationAlreadyAccepted.class, UserIsDeactivated.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String invalid() {
        return INVALID_VIEW;
    }
}
