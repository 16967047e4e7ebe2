package org.skillboard.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Notifications;
import org.skillboard.people.PeopleAdministration;
import org.skillboard.security.AccountAdministration;
import org.skillboard.security.AccountCounts;
import org.skillboard.security.AccountFilter;
import org.skillboard.security.AccountRow;
import org.skillboard.security.AccountStatus;
import org.skillboard.security.Invitation;
import org.skillboard.security.Roles;
import org.skillboard.security.ui.LinkDialog;

/**
 * Every login of the tenant with its person, roles, status and last sign-in, searched
 * and filtered on the server and loaded page by page; invitations and each account's
 * actions (new link, disable, enable, release, administrator or not, link to a person).
 */
@Route("admin/accounts")
@Menu(title = "menu.accounts", order = 72, icon = "USER_CARD")
@RolesAllowed(Roles.TENANT_ADMIN)
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountAdministration accounts;
    private final PeopleAdministration people;
    private final Grid<AccountRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<AccountStatus> status = new Select<>();
    private final Select<String> role = new Select<>();
    private final Span counts = new Span();

    AccountsView(AccountAdministration accounts, PeopleAdministration people) {
        this.accounts = accounts;
        this.people = people;
        addClassName("sb-page");
        setSizeFull();

        Button invite = new Button(getTranslation("accounts.invite"), VaadinIcon.ENVELOPE.create(),
                click -> new InviteDialog(accounts, people, this::invited).open());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.setId("invite");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("accounts.title")), invite);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        counts.addClassName("sb-muted");

        search.setPlaceholder(getTranslation("accounts.search"));
        search.setAriaLabel(getTranslation("accounts.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("min(22rem, 100%)");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());
        status.setLabel(getTranslation("accounts.filter.status"));
        status.setItems(AccountStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("accounts.filter.any"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("accounts.filter.any")
                : getTranslation("accounts.status." + value.name()));
        status.addValueChangeListener(event -> refresh());
        role.setLabel(getTranslation("accounts.filter.role"));
        role.setItems("admins", "others", "with-person", "without-person");
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("accounts.filter.any"));
        role.setItemLabelGenerator(value -> value == null ? getTranslation("accounts.filter.any")
                : getTranslation("accounts.filter.role." + value));
        role.addValueChangeListener(event -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, status, role);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneOffset.UTC);
        // name and login in one column, so that a phone shows who it is without scrolling
        grid.addComponentColumn(this::who).setHeader(getTranslation("accounts.column.name"))
                .setWidth("14rem").setFlexGrow(3);
        grid.addColumn(this::roles).setHeader(getTranslation("accounts.column.roles")).setWidth("10rem")
                .setFlexGrow(2);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("accounts.column.status"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.lastSignInAt() == null ? getTranslation("accounts.never")
                : when.format(row.lastSignInAt())).setHeader(getTranslation("accounts.column.last-sign-in")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions")
                .setHeader(getTranslation("accounts.column.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setItems(query -> accounts.find(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) accounts.count(filter()));
        add(header, counts, filters, grid);
        showCounts();
    }

    private AccountFilter filter() {
        String chosen = role.getValue();
        Boolean admins = "admins".equals(chosen) ? Boolean.TRUE : "others".equals(chosen) ? Boolean.FALSE : null;
        Boolean withPerson = "with-person".equals(chosen) ? Boolean.TRUE
                : "without-person".equals(chosen) ? Boolean.FALSE : null;
        return new AccountFilter(search.getValue(), status.getValue(), admins, withPerson);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showCounts();
    }

    private void showCounts() {
        AccountCounts numbers = accounts.counts();
        counts.setText(getTranslation("accounts.counts", numbers.total(), numbers.active(), numbers.invited(),
                numbers.disabled(), numbers.admins()));
    }

    private Div who(AccountRow row) {
        Span login = new Span(row.login());
        login.addClassName("sb-muted");
        Div who = new Div(new Span(row.displayName()), login);
        who.getStyle().set("display", "flex").set("flex-direction", "column").set("line-height", "1.3");
        return who;
    }

    private String roles(AccountRow row) {
        List<String> names = new ArrayList<>();
        if (row.admin()) {
            names.add(getTranslation("role.TENANT_ADMIN"));
        }
        if (row.lead()) {
            names.add(getTranslation("role.TEAM_LEAD"));
        }
        if (row.member()) {
            names.add(getTranslation("role.MEMBER"));
        }
        return names.isEmpty() ? getTranslation("accounts.no-role") : String.join(", ", names);
    }

    private Span statusBadge(AccountRow row) {
        Span badge = new Span(getTranslation("accounts.status." + row.status().name()));
        badge.addClassNames("sb-badge", switch (row.status()) {
            case ACTIVE -> "active";
            case INVITED -> "invited";
            case DISABLED -> "suspended";
        });
        if (row.held()) {
            Span held = new Span(getTranslation("accounts.held"));
            held.addClassNames("sb-badge", "suspended");
            return new Span(badge, held);
        }
        return badge;
    }

    private MenuBar actions(AccountRow row) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_SMALL);
        MenuItem more = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_H.create());
        more.setAriaLabel(getTranslation("accounts.column.actions") + ": " + row.displayName());
        var items = more.getSubMenu();
        if (row.status() == AccountStatus.INVITED) {
            items.addItem(getTranslation("accounts.action.invite-again"),
                    click -> act(() -> invited(accounts.inviteAgain(row.id()))));
        } else {
            items.addItem(getTranslation("accounts.action.reset"),
                    click -> act(() -> new LinkDialog(accounts.resetPassword(row.id()), true).open()));
        }
        if (row.status() == AccountStatus.DISABLED) {
            items.addItem(getTranslation("accounts.action.enable"), click -> act(() -> {
                accounts.enable(row.id());
                Notifications.success(getTranslation("accounts.enabled", row.displayName()));
            }));
        } else {
            items.addItem(getTranslation("accounts.action.disable"), click -> act(() -> {
                accounts.disable(row.id());
                Notifications.success(getTranslation("accounts.disabled", row.displayName()));
            }));
        }
        if (row.held()) {
            items.addItem(getTranslation("accounts.action.unlock"), click -> act(() -> {
                accounts.unlock(row.id());
                Notifications.success(getTranslation("accounts.unlocked", row.displayName()));
            }));
        }
        items.addItem(getTranslation(row.admin() ? "accounts.action.not-admin" : "accounts.action.admin"),
                click -> act(() -> {
                    accounts.setAdministrator(row.id(), !row.admin());
                    Notifications.success(getTranslation(row.admin() ? "accounts.not-admin" : "accounts.admin",
                            row.displayName()));
                }));
        items.addItem(getTranslation("accounts.action.link"),
                click -> new LinkPersonDialog(accounts, people, row, this::refresh).open());
        return menu;
    }

    private void invited(Invitation invitation) {
        refresh();
        new LinkDialog(invitation, false).open();
    }

    private void act(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (UserFacingException refusal) {
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title") + " · " + getTranslation("app.name");
    }
}
