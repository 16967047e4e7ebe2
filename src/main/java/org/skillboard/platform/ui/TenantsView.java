package org.skillboard.platform.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.skillboard.base.ui.Confirmations;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Notifications;
import org.skillboard.base.ui.SupportedLocales;
import org.skillboard.security.AccountService;
import org.skillboard.security.Roles;
import org.skillboard.tenant.TenantService;
import org.skillboard.tenant.TenantSummary;

/** The platform administrator's list of tenants: create, suspend, resume, and give a tenant its first admin. */
@Route("platform/tenants")
@Menu(title = "menu.tenants", order = 90, icon = "BUILDING")
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class TenantsView extends VerticalLayout implements HasDynamicTitle {

    private final TenantService tenants;
    private final AccountService accounts;
    private final Grid<TenantSummary> grid = new Grid<>();

    TenantsView(TenantService tenants, AccountService accounts) {
        this.tenants = tenants;
        this.accounts = accounts;
        addClassName("sb-page");
        setSizeFull();

        Button create = new Button(getTranslation("tenants.new"), VaadinIcon.PLUS.create(), click -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-tenant");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("tenants.title")), create);
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);

        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.addColumn(TenantSummary::name).setHeader(getTranslation("tenants.column.name")).setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(TenantSummary::slug).setHeader(getTranslation("tenants.column.slug")).setSortable(true);
        grid.addColumn(tenant -> getTranslation("language." + tenant.defaultLocale().getLanguage()))
                .setHeader(getTranslation("tenants.column.locale"));
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("tenants.column.status"));
        grid.addColumn(tenant -> dates.format(tenant.createdAt())).setHeader(getTranslation("tenants.column.created"));
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("tenants.column.actions")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        add(header, grid);
        refresh();
    }

    private Span statusBadge(TenantSummary tenant) {
        Span status = new Span(getTranslation("tenants.status." + tenant.status()));
        status.addClassNames("sb-badge", tenant.active() ? "active" : "suspended");
        Span box = new Span(status);
        if (tenant.demo()) {
            Span demo = new Span(getTranslation("tenants.demo"));
            demo.addClassNames("sb-badge", "demo");
            box.add(demo);
        }
        return box;
    }

    private HorizontalLayout actions(TenantSummary tenant) {
        Button toggle = tenant.active()
                ? new Button(getTranslation("tenants.suspend"), click -> confirmSuspension(tenant))
                : new Button(getTranslation("tenants.resume"), click -> {
                    tenants.resume(tenant.id());
                    Notifications.success(getTranslation("tenants.resumed", tenant.name()));
                    refresh();
                });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, tenant.active() ? ButtonVariant.LUMO_ERROR
                : ButtonVariant.LUMO_SUCCESS);
        Button admin = new Button(getTranslation("tenants.admins"), click -> new TenantAdminsDialog(accounts, tenant)
                .open());
        toggle.setId((tenant.active() ? "suspend-" : "resume-") + tenant.slug());
        admin.setId("admins-" + tenant.slug());
        admin.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(toggle, admin);
    }

    /** Suspending ends every session of the tenant at its next request: said before it happens. */
    private void confirmSuspension(TenantSummary tenant) {
        Confirmations.ask(new Confirmations.Texts(getTranslation("tenants.suspend.confirm.title", tenant.name()),
                getTranslation("tenants.suspend.confirm.text", tenant.name()), getTranslation("tenants.suspend"),
                getTranslation("action.cancel")), () -> {
                    tenants.suspend(tenant.id());
                    Notifications.success(getTranslation("tenants.suspended", tenant.name()));
                    refresh();
                });
    }

    private void refresh() {
        grid.setItems(tenants.list());
    }

    private void openCreate() {
        Dialog dialog = new Dialog(getTranslation("tenants.dialog.title"));
        TextField slug = new TextField(getTranslation("tenants.dialog.slug"));
        slug.setHelperText(getTranslation("tenants.dialog.slug.help"));
        slug.setRequired(true);
        slug.setId("tenant-slug");
        TextField name = new TextField(getTranslation("tenants.dialog.name"));
        name.setRequired(true);
        name.setId("tenant-name");
        Select<Locale> locale = new Select<>();
        locale.setLabel(getTranslation("tenants.dialog.locale"));
        locale.setItems(SupportedLocales.ALL);
        locale.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        locale.setValue(Locale.ENGLISH);
        locale.setId("tenant-locale");
        dialog.add(new FormLayout(slug, name, locale));
        Button save = new Button(getTranslation("action.create"), click -> {
            try {
                TenantSummary created = tenants.create(slug.getValue(), name.getValue(), locale.getValue(), false);
                Notifications.success(getTranslation("tenants.created", created.name()));
                dialog.close();
                refresh();
            } catch (UserFacingException refusal) {
                slug.setInvalid(refusal.messageKey().startsWith("tenant.error.slug"));
                Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("tenant-create");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tenants.title") + " · " + getTranslation("app.name");
    }
}
