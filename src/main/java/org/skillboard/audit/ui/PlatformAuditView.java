package org.skillboard.audit.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.skillboard.audit.PlatformAuditLog;
import org.skillboard.security.Roles;

/** The platform administrator's audit log: platform actions, each naming the tenant it concerns. */
@Route("platform/audit")
@Menu(title = "menu.platform-audit", order = 91, icon = "RECORDS")
@RolesAllowed(Roles.PLATFORM_ADMIN)
class PlatformAuditView extends AuditPage {

    PlatformAuditView(PlatformAuditLog log, Clock clock) {
        super(log, true, clock);
    }

    @Override
    String titleKey() {
        return "audit.platform-title";
    }
}
