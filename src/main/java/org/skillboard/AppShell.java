package org.skillboard;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings: the Lumo theme from Vaadin's pre-compiled bundle and our own stylesheet. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://frontend-static/styles.css")
class AppShell implements AppShellConfigurator {
}
