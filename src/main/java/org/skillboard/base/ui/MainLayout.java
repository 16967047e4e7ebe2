package org.skillboard.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.skillboard.base.LocalePreferences;
import org.skillboard.base.SignedInUser;

/**
 * The frame around every signed-in view: side navigation built from the views the
 * user's roles allow ({@code @Menu} entries), the tenant's name, the language
 * switch and sign-out.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authentication;
    private final SideNav navigation = new SideNav();
    private final java.util.List<MenuCondition> conditions;

    MainLayout(AuthenticationContext authentication, LocalePreferences preferences,
            java.util.List<MenuCondition> conditions) {
        this.authentication = authentication;
        this.conditions = conditions;
        setPrimarySection(Section.DRAWER);

        SignedInUser user = authentication.getAuthenticatedUser(SignedInUser.class).orElseThrow();
        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("sb-brand");
        Span tenant = new Span(user.tenantName() != null ? user.tenantName() : getTranslation("layout.platform"));
        tenant.addClassName("sb-tenant");
        Span me = new Span(user.displayName());
        me.addClassNames("sb-muted", "sb-drawer-user");
        VerticalLayout header = new VerticalLayout(brand, tenant, me);
        header.setPadding(true);
        header.setSpacing(false);

        navigation.setLabel(getTranslation("layout.menu"));
        navigation.getStyle().set("padding", "var(--lumo-space-s)");
        addToDrawer(header, navigation);

        LanguageSelect language = new LanguageSelect(locale -> preferences.changeMyLocale(locale));
        Span who = new Span(getTranslation("layout.signed-in-as", user.displayName()));
        who.addClassName("sb-muted");
        Button logout = new Button(getTranslation("layout.logout"), new Icon(VaadinIcon.SIGN_OUT),
                click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div userBox = new Div(who, language, logout);
        userBox.addClassName("sb-user");
        addToNavbar(new DrawerToggle(), userBox);
        buildNavigation();
    }

    private void buildNavigation() {
        navigation.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (hidden(entry)) {
                continue;
            }
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            // a framework's own page keeps "Frameworks" highlighted (not for the start page, which all paths nest in)
            item.setMatchNested(!entry.path().isEmpty());
            if (entry.icon() != null) {
                item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
            }
            navigation.addItem(item);
        }
    }

    private boolean hidden(MenuEntry entry) {
        String path = bare(entry.path());
        return conditions.stream().anyMatch(condition -> bare(condition.path()).equals(path) && !condition.shown());
    }

    /** Menu entries may name their path with or without slashes around it. */
    private static String bare(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // menu entries depend on the user's roles; rebuilt so a role change shows after navigation
        buildNavigation();
    }
}
