package org.cxloop.web.audit;

import java.time.LocalDate;
import org.cxloop.core.audit.AuditLog;
import org.cxloop.core.audit.AuditQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditLogController {

    private final AuditLog auditLog;

    AuditLogController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/admin/audit")
    String log(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        var query = new AuditQuery(actor, action, from, to);
        model.addAttribute("query", query);
        model.addAttribute("events", auditLog.find(query));
        return "admin/audit/log";
    }
}
