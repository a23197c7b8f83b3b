package io.kine.infra.reporting;

import io.kine.infra.web.ApiProblemFactory;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import io.kine.infra.security.KineUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rebuilds over the API, for scripts and operators: start one or all, then poll the progress. */
@RestController
@RequestMapping("/api/admin/projections")
@PreAuthorize("hasAuthority('settings.manage')")
class ProjectionApiController {

    private final ProjectionRebuilder rebuilder;
    private final ProjectionAdmins admins;
    private final ProjectionPositions positions;
    private final ApiProblemFactory problems;
    private final Clock clock;

    ProjectionApiController(ProjectionRebuilder rebuilder, ProjectionAdmins admins, ProjectionPositions positions,
            ApiProblemFactory problems, Clock clock) {
        this.rebuilder = rebuilder;
        this.admins = admins;
        this.positions = positions;
        this.problems = problems;
        this.clock = clock;
    }

    /** Runs before every handler of this controller. */
    @ModelAttribute
    void onlyAdministrators(@AuthenticationPrincipal KineUser user) {
        admins.check(user);
    }

    @GetMapping
    Map<String, Object> list() {
        Map<String, RebuildProgress> progress = rebuilder.progress();
        return Map.of("data", positions.all(rebuilder.projections()).stream().map(position -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("projection", position.projection());
            row.put("position", position.position());
            row.put("lastEvent", position.last());
            RebuildProgress rebuild = progress.get(position.projection());
            row.put("rebuild", rebuild == null ? null : json(rebuild));
            return row;
        }).toList());
    }

    @PostMapping("/{projection}/rebuild")
    ResponseEntity<Map<String, Object>> rebuildOne(@PathVariable String projection) {
        rebuilder.start(List.of(projection));
        return ResponseEntity.accepted().body(Map.of("projections", List.of(projection)));
    }

    @PostMapping("/rebuild")
    ResponseEntity<Map<String, Object>> rebuildAll() {
        rebuilder.start(rebuilder.projections());
        return ResponseEntity.accepted().body(Map.of("projections", rebuilder.projections()));
    }

    @ExceptionHandler(RebuildAlreadyRunning.class)
    ResponseEntity<ProblemDetail> running(Locale locale) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problems.problem(HttpStatus.CONFLICT,
                "rebuild-running", "projection.rebuild.alreadyRunning", locale));
    }

    @ExceptionHandler(UnknownProjection.class)
    ResponseEntity<ProblemDetail> unknown(Locale locale) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problems.problem(HttpStatus.NOT_FOUND,
                "unknown-projection", "projection.unknown", locale));
    }

    private Map<String, Object> json(RebuildProgress rebuild) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("state", rebuild.state());
        row.put("eventsProcessed", rebuild.eventsProcessed());
        row.put("position", rebuild.position());
        row.put("total", rebuild.total());
        row.put("percent", rebuild.percent());
        row.put("eventsPerSecond", rebuild.rate(clock.instant()));
        row.put("secondsLeft", rebuild.timeLeft(clock.instant()) == null ? null
                : rebuild.timeLeft(clock.instant()).toSeconds());
        row.put("startedAt", rebuild.startedAt());
        row.put("finishedAt", rebuild.finishedAt());
        row.put("error", rebuild.error());
        return row;
    }
}
