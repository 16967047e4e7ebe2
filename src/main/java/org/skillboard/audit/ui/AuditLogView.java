package org.skillboard.audit.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.skillboard.audit.AuditLog;
import org.skillboard.security.Roles;

/** The tenant administrator's audit log: every administrative change in her organisation. */
@Route("admin/audit")
@Menu(title = "menu.audit", order = 85, icon = "RECORDS")
@RolesAllowed(Roles.TENANT_ADMIN)
class AuditLogView extends AuditPage {

    AuditLogView(AuditLog log, Clock clock) {
        super(log, false, clock);
    }

    @Override
    String titleKey() {
        return "audit.title";
    }
}
