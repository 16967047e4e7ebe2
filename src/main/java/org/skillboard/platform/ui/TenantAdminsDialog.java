package org.skillboard.platform.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.skillboard.base.UserFacingException;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.skillboard.security.AccountRow;
import org.skillboard.security.AccountStatus;
import org.skillboard.security.AccountService;
import org.skillboard.security.Invitation;
import org.skillboard.security.ui.LinkDialog;
import org.skillboard.tenant.TenantSummary;

/**
 * A tenant's administrators, for the platform administrator: their status, a new link
 * for one who lost hers, and an invitation for another.
 */
class TenantAdminsDialog extends Dialog {

    private final AccountService accounts;
    private final TenantSummary tenant;
    private final Grid<AccountRow> admins = new Grid<>();

    TenantAdminsDialog(AccountService accounts, TenantSummary tenant) {
        this.accounts = accounts;
        this.tenant = tenant;
        setHeaderTitle(getTranslation("tenants.admins.title", tenant.name()));
        setWidth("min(48rem, 95vw)");
        admins.addColumn(AccountRow::displayName).setHeader(getTranslation("accounts.column.name"));
        admins.addColumn(AccountRow::login).setHeader(getTranslation("accounts.column.login"));
        admins.addColumn(row -> getTranslation("accounts.status." + row.status().name()))
                .setHeader(getTranslation("accounts.column.status"));
        admins.addComponentColumn(row -> {
            Button link = new Button(getTranslation("tenants.admins.new-link"),
                    click -> new LinkDialog(accounts.newTenantAdminLink(tenant.id(), row.id()), true).open());
            link.addThemeVariants(ButtonVariant.LUMO_SMALL);
            boolean disabled = row.status() == AccountStatus.DISABLED;
            Button toggle = new Button(getTranslation(disabled ? "accounts.action.enable" : "accounts.action.disable"),
                    click -> {
                        accounts.setTenantAdminEnabled(tenant.id(), row.id(), disabled);
                        refresh();
                    });
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, disabled ? ButtonVariant.LUMO_SUCCESS
                    : ButtonVariant.LUMO_ERROR);
            toggle.setId("admin-" + (disabled ? "enable-" : "disable-") + row.id());
            return new HorizontalLayout(link, toggle);
        }).setAutoWidth(true);
        admins.setAllRowsVisible(true);

        TextField name = new TextField(getTranslation("tenants.admin-dialog.name"));
        name.setRequired(true);
        name.setId("admin-name");
        TextField login = new TextField(getTranslation("tenants.admin-dialog.login"));
        login.setRequired(true);
        login.setId("admin-login");
        login.setHelperText(getTranslation("accounts.invite.login.help"));
        EmailField email = new EmailField(getTranslation("tenants.admin-dialog.email"));
        email.setId("admin-email");
        email.setHelperText(getTranslation("tenants.admin-dialog.email.help"));
        Button invite = new Button(getTranslation("accounts.invite.send"), click -> {
            try {
                Invitation invitation = accounts.inviteTenantAdmin(tenant.id(), login.getValue(), name.getValue(),
                        email.getValue());
                name.clear();
                login.clear();
                email.clear();
                refresh();
                new LinkDialog(invitation, false).open();
            } catch (UserFacingException refusal) {
                String message = getTranslation(refusal.messageKey(), refusal.arguments());
                TextField field = refusal.messageKey().startsWith("account.error.login") ? login : name;
                field.setInvalid(true);
                field.setErrorMessage(message);
            }
        });
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.setId("admin-invite");
        FormLayout form = new FormLayout(name, login, email);
        add(admins, new H3(getTranslation("tenants.admins.invite")), form, invite);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
        refresh();
    }

    private void refresh() {
        admins.setItems(accounts.tenantAdmins(tenant.id()));
    }
}
