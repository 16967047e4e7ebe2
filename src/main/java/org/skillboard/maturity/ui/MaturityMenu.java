package org.skillboard.maturity.ui;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.skillboard.base.ui.MenuCondition;
import org.skillboard.maturity.MaturityService;
import org.springframework.stereotype.Component;

/** "CX maturity" is in the menu only for tenants that have a maturity model enabled. */
@Component
class MaturityMenu implements MenuCondition {

    private final MaturityService maturity;

    MaturityMenu(MaturityService maturity) {
        this.maturity = maturity;
    }

    @Override
    public String path() {
        return "maturity";
    }

    @Override
    public boolean shown() {
        UI ui = UI.getCurrent();
        return !maturity.models(ui == null ? Locale.ROOT : ui.getLocale()).isEmpty();
    }
}
