package org.cxloop.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.cxloop.survey.privacy.CustomerDataExport;
import org.cxloop.survey.privacy.CustomerPrivacy;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/customers/{externalId}")
@Tag(name = "Privacy", description = "Data-access and erasure requests for one customer.")
class PrivacyApi {

    private final CustomerPrivacy privacy;

    PrivacyApi(CustomerPrivacy privacy) {
        this.privacy = privacy;
    }

    @GetMapping("/export")
    @Operation(summary = "Everything held about the customer: profile, interactions, invitations, answers and comments")
    ResponseEntity<CustomerDataExport> export(@PathVariable String externalId) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"customer-data.json\"")
                .body(privacy.export(externalId));
    }

    @PostMapping("/erase")
    @Operation(summary = "Erase the customer's personal data",
            description = "Name, email, external id and comments are removed; the anonymous scores stay so metrics do not change. Cannot be undone.")
    Map<String, String> erase(@PathVariable String externalId) {
        return Map.of("anonymousId", privacy.erase(externalId));
    }
}
