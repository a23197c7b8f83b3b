package io.kine.infra.identity;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import io.kine.command.identity.InvalidStaffMember;
import io.kine.command.identity.UserAccountNotFound;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import io.kine.kernel.identity.StaffMemberView;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff pages for owners and admins ({@code staff.manage}): the list, inviting, and one
 * account's roles, activation, practitioner profile and substitutions. Every change is
 * post/redirect/get, shown once the staff list has caught up with it.
 */
@Controller
@RequestMapping("/staff")
@PreAuthorize("hasAuthority('staff.manage')")
class StaffController {

    static final String LIST_VIEW = "staff/list";
    static final String INVITE_VIEW = "staff/invite";
    static final String DETAIL_VIEW = "staff/detail";
    static final String NOT_FOUND_VIEW = "staff/not-found";

    private final StaffReads reads;
    private final StaffWrites writes;

    StaffController(StaffReads reads, StaffWrites writes) {
        this.reads = reads;
        this.writes = writes;
    }

    @InitBinder("inviteForm")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("email", "displayName", "roles");
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @GetMapping
    String list(@AuthenticationPrincipal KineUser user, Model model) {
        model.addAttribute("members", reads.find(user.organizationId()));
        return LIST_VIEW;
    }

    @GetMapping("/invite")
    String initInvitationForm(Model model) {
        model.addAttribute("inviteForm", new InviteForm());
        return INVITE_VIEW;
    }

    @PostMapping("/invite")
    String processInvitationForm(@ModelAttribute("inviteForm") InviteForm form, BindingResult result,
            @AuthenticationPrincipal KineUser user, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return INVITE_VIEW;
        }
        UserId invited;
        try {
            invited = writes.invite(user.organizationId(), form.getEmail(), form.getDisplayName(), form.getRoles());
        } catch (InvalidStaffMember | EmailAlreadyInUse rejected) {
            rejected.violations().forEach(v -> result.rejectValue(v.field(), v.messageKey()));
            return INVITE_VIEW;
        }
        return showAfter(() -> 0, user, invited.value(), "staff.done.invited", redirect);
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, @AuthenticationPrincipal KineUser user, Model model) {
        return detail(user.organizationId(), new UserId(id), model);
    }

    @PostMapping("/{id}/roles/{role}/grant")
    String grant(@PathVariable UUID id, @PathVariable Role role, @AuthenticationPrincipal KineUser user,
            RedirectAttributes redirect) {
        return showAfter(() -> writes.grant(new UserId(id), user.organizationId(), role), user, id,
                "staff.done.roleGranted", redirect);
    }

    @PostMapping("/{id}/roles/{role}/revoke")
    String revoke(@PathVariable UUID id, @PathVariable Role role, @AuthenticationPrincipal KineUser user,
            RedirectAttributes redirect) {
        return showAfter(() -> writes.revoke(new UserId(id), user.organizationId(), role), user, id,
                "staff.done.roleRevoked", redirect);
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable UUID id, @AuthenticationPrincipal KineUser user, RedirectAttributes redirect) {
        return showAfter(() -> writes.deactivate(new UserId(id), user.organizationId()), user, id,
                "staff.done.deactivated", redirect);
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable UUID id, @AuthenticationPrincipal KineUser user, RedirectAttributes redirect) {
        return showAfter(() -> writes.reactivate(new UserId(id), user.organizationId()), user, id,
                "staff.done.reactivated", redirect);
    }

    @PostMapping("/{id}/invitation")
    String resend(@PathVariable UUID id, @AuthenticationPrincipal KineUser user, RedirectAttributes redirect) {
        return showAfter(() -> writes.resend(new UserId(id), user.organizationId()), user, id,
                "staff.done.invitationResent", redirect);
    }

    @PostMapping("/{id}/practitioner-profile")
    String updateProfile(@PathVariable UUID id, @RequestParam(defaultValue = "") String specialties,
            @RequestParam(defaultValue = "") String licenseNumber, @AuthenticationPrincipal KineUser user, Model model,
            RedirectAttributes redirect) {
        List<String> list = Arrays.stream(specialties.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        try {
            long version = writes.updateProfile(new UserId(id), user.organizationId(), list,
                    licenseNumber.isBlank() ? null : licenseNumber.strip());
            return showAfter(() -> version, user, id, "staff.done.profileUpdated", redirect);
        } catch (InvalidStaffMember invalid) {
            model.addAttribute("profileErrors", messages(invalid.violations()));
            model.addAttribute("typedSpecialties", specialties);
            model.addAttribute("typedLicenseNumber", licenseNumber);
            return detail(user.organizationId(), new UserId(id), model);
        }
    }

    /** The practitioner replaced is chosen among this organization's accounts; another clinic's is unknown. */
    @PostMapping("/{id}/substitution")
    String flagSubstitute(@PathVariable UUID id, @RequestParam(defaultValue = "") String replaces,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
            @AuthenticationPrincipal KineUser user, Model model, RedirectAttributes redirect) {
        OrganizationId organization = user.organizationId();
        Map<String, String> errors = new LinkedHashMap<>();
        UserId replaced = replaced(organization, replaces, errors);
        LocalDate first = date(from, "from", errors);
        LocalDate last = date(to, "to", errors);
        if (errors.isEmpty()) {
            try {
                long version = writes.flagSubstitute(new UserId(id), organization, replaced, first, last);
                return showAfter(() -> version, user, id, "staff.done.substituteFlagged", redirect);
            } catch (InvalidStaffMember invalid) {
                errors.putAll(messages(invalid.violations()));
            }
        }
        model.addAttribute("substituteErrors", errors);
        return detail(organization, new UserId(id), model);
    }

    @ExceptionHandler(UserAccountNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return NOT_FOUND_VIEW;
    }

    private String detail(OrganizationId organization, UserId id, Model model) {
        StaffMemberView member = reads.get(organization, id).orElseThrow(() -> new UserAccountNotFound(id));
        List<StaffMemberView> colleagues = reads.find(organization).stream()
                .filter(other -> !other.userId().equals(id) && other.roles().contains(Role.PRACTITIONER)).toList();
        model.addAttribute("member", member);
        model.addAttribute("colleagues", colleagues);
        model.addAttribute("replacedName", member.substituteFor() == null ? null
                : reads.get(organization, member.substituteFor()).map(StaffMemberView::displayName).orElse(null));
        return DETAIL_VIEW;
    }

    /**
     * Sends the change, then redirects once the staff list shows it. A refusal (the last owner,
     * the last role) is shown on the account's page instead of a success message.
     */
    private String showAfter(LongSupplier change, KineUser user, UUID id, String message, RedirectAttributes redirect) {
        try {
            long version = change.getAsLong();
            reads.awaitVersion(user.organizationId(), new UserId(id), version);
            redirect.addFlashAttribute("message", message);
        } catch (UserAccountNotFound notFound) {
            throw notFound;
        } catch (Rejection refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/staff/" + id;
    }

    private UserId replaced(OrganizationId organization, String replaces, Map<String, String> errors) {
        try {
            UserId replaced = new UserId(UUID.fromString(replaces));
            if (reads.get(organization, replaced).isPresent()) {
                return replaced;
            }
        } catch (IllegalArgumentException notAnId) {
            // an empty or forged choice: reported like an unknown practitioner
        }
        errors.put("replaces", "staff.substitute.unknown");
        return null;
    }

    private static LocalDate date(String typed, String field, Map<String, String> errors) {
        if (typed.isBlank()) {
            errors.put(field, "validation.required");
            return null;
        }
        try {
            return LocalDate.parse(typed);
        } catch (DateTimeParseException invalid) {
            errors.put(field, "staff.invalidDate");
            return null;
        }
    }

    private static Map<String, String> messages(List<FieldViolation> violations) {
        Map<String, String> byField = new LinkedHashMap<>();
        violations.forEach(v -> byField.putIfAbsent(v.field(), v.messageKey()));
        return byField;
    }
}
