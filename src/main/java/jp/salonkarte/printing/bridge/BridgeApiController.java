package jp.salonkarte.printing.bridge;

import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jp.salonkarte.printing.BridgeToken;
import jp.salonkarte.printing.PrintBridgeService;

/**
 * The print bridge's API (DD029), reached only with a bridge token ({@link BridgeApiSecurity}):
 * {@code GET /api/bridge/jobs?wait=25} long-polls for the store's next jobs,
 * {@code POST /api/bridge/jobs/{id}/result} reports one job's result.
 */
@RestController
@RequestMapping("/api/bridge")
class BridgeApiController {

    private final PrintBridgeService bridge;

    BridgeApiController(PrintBridgeService bridge) {
        this.bridge = bridge;
    }

    @GetMapping("/jobs")
    BridgeMessages.Jobs jobs(@AuthenticationPrincipal BridgeToken.Principal principal,
            @RequestParam(defaultValue = "25") int wait) throws InterruptedException {
        List<BridgeMessages.Job> jobs = bridge.next(principal.storeId(), Duration.ofSeconds(wait)).stream()
                .map(h -> new BridgeMessages.Job(h.id(), h.lease(), h.attempt(), h.kind().name(), h.title(),
                        h.printer().type().name(), h.printer().host(), h.printer().port(), h.printer().uri(),
                        h.payload()))
                .toList();
        return new BridgeMessages.Jobs(jobs);
    }

    @PostMapping("/jobs/{id}/result")
    ResponseEntity<?> result(@AuthenticationPrincipal BridgeToken.Principal principal, @PathVariable long id,
            @RequestBody BridgeMessages.Result result) {
        if (result.lease() == null || result.lease().isBlank()) {
            return ResponseEntity.badRequest().body(new BridgeMessages.Problem("lease_missing",
                    "結果にリース（lease）がありません"));
        }
        PrintBridgeService.Outcome outcome = bridge.result(principal.storeId(), id, result.lease(), result.printed(),
                result.error(), result.permanent());
        if (outcome == PrintBridgeService.Outcome.NOT_FOUND) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new BridgeMessages.Problem("job_not_found",
                    "この店舗の印刷ジョブ " + id + " はありません"));
        }
        return ResponseEntity.ok(new BridgeMessages.Ack(id, outcome.name()));
    }
}
