package org.cxloop.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.cxloop.survey.imports.ImportKind;
import org.cxloop.survey.imports.ImportView;
import org.cxloop.survey.imports.Imports;
import org.cxloop.survey.imports.Rejection;
import org.cxloop.web.security.ApiClient;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "CSV imports of customers, historical responses and feedback (UTF-8, RFC 4180, header row).")
class ImportApi {

    static final int REJECTIONS_SHOWN = 1000;

    private final Imports imports;

    ImportApi(Imports imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/customers", consumes = "text/csv")
    @Operation(summary = "Import customers", description = "Columns: external_id,name,email,locale,segment,customer_since,churned_at. "
            + "An existing external id is updated. 202 with the import; follow it at the Location.")
    ResponseEntity<ImportResource> customers(HttpServletRequest request, @AuthenticationPrincipal ApiClient client,
            @RequestHeader(name = "X-File-Name", required = false) String fileName) throws IOException {
        return accepted(imports.receive(ImportKind.CUSTOMERS, fileName, request.getInputStream(), client.toString()));
    }

    @PostMapping(path = "/responses", consumes = "text/csv")
    @Operation(summary = "Import historical responses", description = "Columns: customer_external_id,touchpoint,survey_type,"
            + "score,comment,responded_at. 202 with the import; follow it at the Location.")
    ResponseEntity<ImportResource> responses(HttpServletRequest request, @AuthenticationPrincipal ApiClient client,
            @RequestHeader(name = "X-File-Name", required = false) String fileName) throws IOException {
        return accepted(imports.receive(ImportKind.RESPONSES, fileName, request.getInputStream(), client.toString()));
    }

    @PostMapping(path = "/feedback", consumes = "text/csv")
    @Operation(summary = "Import feedback from other channels", description = "Columns: kind,channel,customer_external_id,"
            + "touchpoint,rating,rating_scale,text,occurred_at,author,link,external_ref. A row whose external_ref is "
            + "stored already is skipped, so importing a file again stores nothing twice. 202 with the import.")
    ResponseEntity<ImportResource> feedback(HttpServletRequest request, @AuthenticationPrincipal ApiClient client,
            @RequestHeader(name = "X-File-Name", required = false) String fileName) throws IOException {
        return accepted(imports.receive(ImportKind.FEEDBACK, fileName, request.getInputStream(), client.toString()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Follow an import: state, progress, accepted count and the rejected rows (first 1000)")
    ImportResource get(@PathVariable long id) {
        return ImportResource.of(imports.get(id), imports.rejections(id, REJECTIONS_SHOWN));
    }

    private ResponseEntity<ImportResource> accepted(ImportView view) {
        var location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/imports/{id}").build(view.id());
        return ResponseEntity.accepted().location(location).body(ImportResource.of(view, List.of()));
    }

    /** An import as the API shows it. */
    record ImportResource(long id, ImportKind kind, String status, String fileName, Long totalRows, long processedRows,
            int progress, long accepted, long rejected, String error, List<Rejection> rejectedRows) {

        static ImportResource of(ImportView view, List<Rejection> rejections) {
            return new ImportResource(view.id(), view.kind(), view.status().name(), view.fileName(), view.totalRows(),
                    view.processedRows(), view.percent(), view.accepted(), view.rejected(), view.error(), rejections);
        }
    }
}
