package io.kine.infra.reporting;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import io.kine.infra.security.KineUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The projections page: each projection's position, rebuild buttons and a progress bar polled by htmx. */
@Controller
@RequestMapping("/admin/projections")
@PreAuthorize("hasAuthority('settings.manage')")
class ProjectionAdminController {

    static final String PAGE = "admin/projections";
    static final String PROGRESS = "admin/projections :: progress";

    private final ProjectionRebuilder rebuilder;
    private final ProjectionAdmins admins;
    private final ProjectionPositions positions;
    private final Clock clock;

    ProjectionAdminController(ProjectionRebuilder rebuilder, ProjectionAdmins admins, ProjectionPositions positions,
            Clock clock) {
        this.rebuilder = rebuilder;
        this.admins = admins;
        this.positions = positions;
        this.clock = clock;
    }

    /** Runs before every handler of this controller. */
    @ModelAttribute
    void onlyAdministrators(@AuthenticationPrincipal KineUser user) {
        admins.check(user);
    }

    @GetMapping
    String show(Model model) {
        progressModel(model);
        model.addAttribute("positions", positions.all(rebuilder.projections()));
        return PAGE;
    }

    @GetMapping("/progress")
    String progress(Model model) {
        progressModel(model);
        return PROGRESS;
    }

    @PostMapping("/{projection}/rebuild")
    String rebuildOne(@PathVariable String projection, RedirectAttributes redirect) {
        return start(List.of(projection), redirect);
    }

    @PostMapping("/rebuild")
    String rebuildAll(RedirectAttributes redirect) {
        return start(rebuilder.projections(), redirect);
    }

    private String start(List<String> projections, RedirectAttributes redirect) {
        try {
            rebuilder.start(projections);
            redirect.addFlashAttribute("message", "projection.rebuild.started");
        } catch (RebuildAlreadyRunning running) {
            redirect.addFlashAttribute("refusal", "projection.rebuild.alreadyRunning");
        } catch (UnknownProjection unknown) {
            redirect.addFlashAttribute("refusal", "projection.unknown");
        }
        return "redirect:/admin/projections";
    }

    private void progressModel(Model model) {
        Map<String, RebuildProgress> progress = rebuilder.progress();
        model.addAttribute("rebuilds", rebuilder.projections().stream().filter(progress::containsKey)
                .map(progress::get).toList());
        model.addAttribute("running", progress.values().stream().anyMatch(RebuildProgress::active));
        model.addAttribute("now", clock.instant());
    }
}
