package io.kine.infra.organization;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import io.kine.command.organization.InvalidLocation;
import io.kine.command.organization.InvalidOrganization;
import io.kine.command.organization.InvalidResource;
import io.kine.command.organization.LocationIsClosed;
import io.kine.command.organization.LocationNotFound;
import io.kine.command.organization.ResourceNameTaken;
import io.kine.command.organization.ResourceNotFound;
import io.kine.infra.security.KineUser;
import io.kine.infra.web.InvalidRequest;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.organization.ResourceKind;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The settings pages for owners and admins: the organization's settings, its locations and their resources. */
@Controller
@RequestMapping("/settings")
@PreAuthorize("hasAuthority('settings.manage')")
class SettingsController {

    static final String SETTINGS_VIEW = "settings/organization";
    static final String LOCATIONS_VIEW = "settings/locations";
    static final String LOCATION_FORM_VIEW = "settings/location-form";
    static final String NOT_FOUND_VIEW = "settings/not-found";

    private final OrganizationReads reads;
    private final OrganizationWrites writes;

    SettingsController(OrganizationReads reads, OrganizationWrites writes) {
        this.reads = reads;
        this.writes = writes;
    }

    @InitBinder("settingsForm")
    void settingsFields(WebDataBinder binder) {
        binder.setAllowedFields("name", "legalName", "siret", "rpps", "ice", "taxId", "tradeRegister", "currency",
                "defaultLocale");
    }

    @InitBinder("locationForm")
    void locationFields(WebDataBinder binder) {
        binder.setAllowedFields("name", "street", "postalCode", "city", "country", "phone", "timeZone");
    }

    @InitBinder("resourceForm")
    void resourceFields(WebDataBinder binder) {
        binder.setAllowedFields("kind", "name");
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("languages", SignupController.LANGUAGES);
        model.addAttribute("timeZones", SignupController.TIME_ZONES);
        model.addAttribute("resourceKinds", ResourceKind.values());
    }

    @GetMapping
    String initSettingsForm(@AuthenticationPrincipal KineUser user, Model model) {
        model.addAttribute("settingsForm", SettingsForm.of(reads.get(user.organizationId())));
        return SETTINGS_VIEW;
    }

    @PostMapping
    String processSettingsForm(@ModelAttribute("settingsForm") SettingsForm form, BindingResult result,
            @AuthenticationPrincipal KineUser user, RedirectAttributes redirect) {
        try {
            writes.changeSettings(form.toCommand(user.organizationId()));
        } catch (InvalidOrganization invalid) {
            reject(result, invalid.violations(), SettingsForm::formField);
            return SETTINGS_VIEW;
        }
        redirect.addFlashAttribute("message", "settings.saved");
        return "redirect:/settings";
    }

    @GetMapping("/locations")
    String locations(@AuthenticationPrincipal KineUser user, Model model) {
        return showLocations(user.organizationId(), model);
    }

    @GetMapping("/locations/new")
    String initLocationForm(Model model) {
        model.addAttribute("locationForm", new LocationForm());
        return LOCATION_FORM_VIEW;
    }

    @PostMapping("/locations/new")
    String processLocationForm(@ModelAttribute("locationForm") LocationForm form, BindingResult result,
            @AuthenticationPrincipal KineUser user, RedirectAttributes redirect) {
        return saveLocation(result, redirect, "location.added",
                () -> writes.addLocation(user.organizationId(), LocationId.random(), form.toDetails()));
    }

    @GetMapping("/locations/{id}/edit")
    String initLocationUpdateForm(@PathVariable UUID id, @AuthenticationPrincipal KineUser user, Model model) {
        model.addAttribute("locationForm", LocationForm.of(reads.location(user.organizationId(), new LocationId(id)).details()));
        model.addAttribute("locationId", id);
        return LOCATION_FORM_VIEW;
    }

    @PostMapping("/locations/{id}/edit")
    String processLocationUpdateForm(@PathVariable UUID id, @ModelAttribute("locationForm") LocationForm form,
            BindingResult result, @AuthenticationPrincipal KineUser user, Model model, RedirectAttributes redirect) {
        model.addAttribute("locationId", id);
        return saveLocation(result, redirect, "location.updated",
                () -> writes.updateLocation(user.organizationId(), new LocationId(id), form.toDetails()));
    }

    @PostMapping("/locations/{id}/close")
    String closeLocation(@PathVariable UUID id, @AuthenticationPrincipal KineUser user, RedirectAttributes redirect) {
        writes.closeLocation(user.organizationId(), new LocationId(id));
        redirect.addFlashAttribute("message", "location.closed");
        return "redirect:/settings/locations";
    }

    @PostMapping("/locations/{id}/resources")
    String addResource(@PathVariable UUID id, @ModelAttribute("resourceForm") ResourceForm form, BindingResult result,
            @AuthenticationPrincipal KineUser user, Model model, RedirectAttributes redirect) {
        return saveResource(id, result, user, model, redirect, "resource.added", () -> writes.addResource(
                user.organizationId(), new LocationId(id), ResourceId.random(), form.getKind(), form.getName()));
    }

    @PostMapping("/locations/{id}/resources/{resourceId}/rename")
    String renameResource(@PathVariable UUID id, @PathVariable UUID resourceId,
            @ModelAttribute("resourceForm") ResourceForm form, BindingResult result,
            @AuthenticationPrincipal KineUser user, Model model, RedirectAttributes redirect) {
        return saveResource(id, result, user, model, redirect, "resource.renamed", () -> writes.renameResource(
                user.organizationId(), new LocationId(id), new ResourceId(resourceId), form.getName()));
    }

    @PostMapping("/locations/{id}/resources/{resourceId}/remove")
    String removeResource(@PathVariable UUID id, @PathVariable UUID resourceId, @AuthenticationPrincipal KineUser user,
            RedirectAttributes redirect) {
        writes.removeResource(user.organizationId(), new LocationId(id), new ResourceId(resourceId));
        redirect.addFlashAttribute("message", "resource.removed");
        return "redirect:/settings/locations";
    }

    @ExceptionHandler({LocationNotFound.class, ResourceNotFound.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return NOT_FOUND_VIEW;
    }

    private String showLocations(OrganizationId organization, Model model) {
        model.addAttribute("locations", reads.locations(organization, false));
        if (!model.containsAttribute("resourceForm")) {
            model.addAttribute("resourceForm", new ResourceForm());
        }
        return LOCATIONS_VIEW;
    }

    private static String saveLocation(BindingResult result, RedirectAttributes redirect, String message, Runnable save) {
        if (result.hasErrors()) {
            return LOCATION_FORM_VIEW;
        }
        try {
            save.run();
        } catch (InvalidLocation invalid) {
            reject(result, invalid.violations(), Function.identity());
            return LOCATION_FORM_VIEW;
        } catch (InvalidRequest invalid) {
            result.rejectValue(invalid.field(), invalid.messageKey());
            return LOCATION_FORM_VIEW;
        } catch (LocationIsClosed closed) {
            result.reject(closed.messageKey());
            return LOCATION_FORM_VIEW;
        }
        redirect.addFlashAttribute("message", message);
        return "redirect:/settings/locations";
    }

    /**
     * A refused resource is shown on the locations page again, its reason next to the name
     * field of the location it was meant for ({@code failedLocationId}).
     */
    private String saveResource(UUID location, BindingResult result, KineUser user, Model model,
            RedirectAttributes redirect, String message, Runnable save) {
        try {
            if (!result.hasErrors()) {
                save.run();
                redirect.addFlashAttribute("message", message);
                return "redirect:/settings/locations";
            }
        } catch (InvalidResource | ResourceNameTaken refused) {
            reject(result, ((Rejection) refused).violations(), Function.identity());
        } catch (LocationIsClosed closed) {
            result.reject(closed.messageKey());
        }
        model.addAttribute("failedLocationId", location);
        return showLocations(user.organizationId(), model);
    }

    private static void reject(BindingResult result, List<FieldViolation> violations, Function<String, String> field) {
        violations.forEach(v -> result.rejectValue(field.apply(v.field()), v.messageKey()));
    }
}
