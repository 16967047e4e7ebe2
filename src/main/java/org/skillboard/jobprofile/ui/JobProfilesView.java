package org.skillboard.jobprofile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Confirmations;
import org.skillboard.base.ui.Notifications;
import org.skillboard.framework.CatalogueItem;
import org.skillboard.framework.FrameworkService;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.jobprofile.JobProfileService;
import org.skillboard.jobprofile.JobProfileSummary;
import org.skillboard.jobprofile.PersonAssignment;
import org.skillboard.jobprofile.Target;
import org.skillboard.security.Roles;

/**
 * The tenant administrator defines job profiles (the level each role needs per skill
 * or criterion), gives people their profile, and sets a person's own targets.
 */
@Route("admin/job-profiles")
@Menu(title = "menu.job-profiles", order = 75, icon = "CLIPBOARD_USER")
@RolesAllowed(Roles.TENANT_ADMIN)
class JobProfilesView extends VerticalLayout implements HasDynamicTitle {

    /** Stands for "no level required" in the level pickers. */
    private static final String NONE = "";

    private final JobProfileService jobProfiles;
    private final List<CatalogueItem> catalogue;
    private final Grid<JobProfileSummary> profileGrid = new Grid<>();
    private final Grid<CatalogueItem> requirementGrid = new Grid<>();
    private final Grid<PersonAssignment> peopleGrid = new Grid<>();
    private final H3 selectedName = new H3();
    private final Checkbox showArchived = new Checkbox();
    private final Button archive = new Button();
    private List<JobProfileSummary> profiles = List.of();
    private List<JobProfileSummary> withArchived = List.of();
    private JobProfileSummary selected;

    JobProfilesView(JobProfileService jobProfiles, FrameworkService frameworks) {
        this.jobProfiles = jobProfiles;
        this.catalogue = frameworks.catalogue();
        addClassName("sb-page");
        setSizeFull();
        add(new H2(getTranslation("jobprofiles.title")));
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("jobprofiles.tab.profiles"), profilesTab());
        tabs.add(getTranslation("jobprofiles.tab.people"), peopleTab());
        add(tabs);
        refresh();
    }

    private VerticalLayout profilesTab() {
        Button create = new Button(getTranslation("jobprofiles.new"), VaadinIcon.PLUS.create(), click -> openCreate());
        create.setId("new-job-profile");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        profileGrid.addColumn(profile -> profile.archived()
                ? getTranslation("jobprofiles.archived-name", profile.name()) : profile.name())
                .setHeader(getTranslation("jobprofiles.column.name"));
        profileGrid.addColumn(profile -> profile.requirements().size())
                .setHeader(getTranslation("jobprofiles.column.requirements"));
        profileGrid.setWidth("22rem");
        profileGrid.asSingleSelect().addValueChangeListener(event -> select(event.getValue()));

        requirementGrid.addColumn(CatalogueItem::frameworkName).setHeader(getTranslation("jobprofiles.column.framework"))
                .setFlexGrow(1);
        requirementGrid.addColumn(CatalogueItem::itemCode).setHeader(getTranslation("jobprofiles.column.code"))
                .setAutoWidth(true);
        requirementGrid.addColumn(CatalogueItem::itemName).setHeader(getTranslation("jobprofiles.column.item"))
                .setFlexGrow(2);
        requirementGrid.addComponentColumn(item -> levelPicker(item,
                selected == null ? null : selected.requirements().get(ref(item)),
                level -> jobProfiles.require(selected.id(), ref(item), level)))
                // the picker keeps its room; long framework and item names wrap or give way instead
                .setHeader(getTranslation("jobprofiles.column.required-level")).setWidth("11rem").setFlexGrow(0);
        requirementGrid.setItems(catalogue);
        requirementGrid.setVisible(false);

        showArchived.setLabel(getTranslation("jobprofiles.show-archived"));
        showArchived.addValueChangeListener(event -> refresh());
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        archive.setVisible(false);
        archive.addClickListener(click -> archiveOrRestore());
        VerticalLayout detail = new VerticalLayout(new HorizontalLayout(selectedName, archive), requirementGrid);
        detail.setPadding(false);
        detail.setSizeFull();
        HorizontalLayout body = new HorizontalLayout(profileGrid, detail);
        body.setSizeFull();
        VerticalLayout tab = new VerticalLayout(new HorizontalLayout(create, showArchived), body);
        tab.setPadding(false);
        tab.setSizeFull();
        return tab;
    }

    private VerticalLayout peopleTab() {
        peopleGrid.addColumn(PersonAssignment::name).setHeader(getTranslation("jobprofiles.column.person"))
                .setFlexGrow(2);
        peopleGrid.addColumn(PersonAssignment::jobTitle).setHeader(getTranslation("jobprofiles.column.job-title"));
        peopleGrid.addComponentColumn(this::profilePicker).setHeader(getTranslation("jobprofiles.column.profile"))
                .setFlexGrow(2);
        peopleGrid.addComponentColumn(person -> new Button(getTranslation("jobprofiles.targets"),
                click -> openTargets(person))).setHeader(getTranslation("jobprofiles.column.targets"));
        peopleGrid.setSizeFull();
        VerticalLayout tab = new VerticalLayout(new Paragraph(getTranslation("jobprofiles.people.help")), peopleGrid);
        tab.setPadding(false);
        tab.setSizeFull();
        return tab;
    }

    private ComboBox<JobProfileSummary> profilePicker(PersonAssignment person) {
        ComboBox<JobProfileSummary> picker = new ComboBox<>();
        picker.setItems(profiles);
        picker.setItemLabelGenerator(JobProfileSummary::name);
        picker.setClearButtonVisible(true);
        picker.setAriaLabel(getTranslation("jobprofiles.column.profile") + ": " + person.name());
        profiles.stream().filter(p -> Objects.equals(p.id(), person.profileId())).findFirst().ifPresent(picker::setValue);
        withArchived.stream().filter(p -> p.archived() && Objects.equals(p.id(), person.profileId())).findFirst()
                .ifPresent(archived -> picker.setHelperText(getTranslation("jobprofiles.archived-name",
                        archived.name())));
        picker.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                run(() -> jobProfiles.assign(person.personId(),
                        event.getValue() == null ? null : event.getValue().id()));
            }
        });
        return picker;
    }

    private Select<String> levelPicker(CatalogueItem item, String current, java.util.function.Consumer<String> save) {
        Select<String> picker = new Select<>();
        List<String> options = new ArrayList<>();
        options.add(NONE);
        options.addAll(item.levelCodes());
        picker.setItems(options);
        picker.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("jobprofiles.level.none") : code);
        picker.setValue(current == null ? NONE : current);
        picker.setAriaLabel(item.itemCode() + " " + item.itemName());
        picker.setWidth("9rem");
        picker.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                run(() -> save.accept(event.getValue().isEmpty() ? null : event.getValue()));
            }
        });
        return picker;
    }

    private void openTargets(PersonAssignment person) {
        Dialog dialog = new Dialog(getTranslation("jobprofiles.targets.title", person.name()));
        Map<ItemRef, Target> targets = jobProfiles.targetsOf(person.personId());
        Grid<CatalogueItem> grid = new Grid<>();
        grid.addColumn(CatalogueItem::itemCode).setHeader(getTranslation("jobprofiles.column.code")).setAutoWidth(true);
        grid.addColumn(CatalogueItem::itemName).setHeader(getTranslation("jobprofiles.column.item")).setFlexGrow(2);
        grid.addColumn(item -> {
            Target target = targets.get(ref(item));
            if (target == null) {
                return "";
            }
            return target.levelCode() + " · " + (target.source() == Target.Source.PERSON
                    ? getTranslation("jobprofiles.source.person") : getTranslation("jobprofiles.source.profile"));
        }).setHeader(getTranslation("jobprofiles.column.target"));
        grid.addComponentColumn(item -> {
            Target target = targets.get(ref(item));
            String own = target != null && target.source() == Target.Source.PERSON ? target.levelCode() : null;
            return levelPicker(item, own, level -> jobProfiles.setTarget(person.personId(), ref(item), level));
        }).setHeader(getTranslation("jobprofiles.column.override"));
        grid.setItems(catalogue);
        grid.setWidth("56rem");
        dialog.add(new Paragraph(getTranslation("jobprofiles.targets.help")), grid);
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
    }

    private void openCreate() {
        Dialog dialog = new Dialog(getTranslation("jobprofiles.new"));
        TextField key = new TextField(getTranslation("jobprofiles.field.key"));
        key.setHelperText(getTranslation("jobprofiles.field.key.help"));
        key.setId("job-profile-key");
        TextField name = new TextField(getTranslation("jobprofiles.field.name"));
        name.setId("job-profile-name");
        TextArea description = new TextArea(getTranslation("jobprofiles.field.description"));
        dialog.add(new FormLayout(key, name, description));
        Button save = new Button(getTranslation("action.create"), click -> run(() -> {
            JobProfileSummary created = jobProfiles.createProfile(key.getValue(), name.getValue(),
                    description.getValue());
            dialog.close();
            refresh();
            profileGrid.select(profiles.stream().filter(p -> p.id() == created.id()).findFirst().orElse(null));
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("job-profile-create");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void select(JobProfileSummary profile) {
        selected = profile;
        selectedName.setText(profile == null ? "" : profile.name());
        requirementGrid.setVisible(profile != null);
        requirementGrid.getDataProvider().refreshAll();
        archive.setVisible(profile != null);
        archive.setText(profile != null && profile.archived() ? getTranslation("jobprofiles.restore")
                : getTranslation("jobprofiles.archive"));
    }

    /** Restores at once; archiving asks first, as the profile's targets stop applying. */
    private void archiveOrRestore() {
        JobProfileSummary profile = selected;
        if (profile.archived()) {
            run(() -> {
                jobProfiles.restore(profile.id());
                Notifications.success(getTranslation("jobprofiles.restored", profile.name()));
            });
            return;
        }
        Confirmations.ask(new Confirmations.Texts(getTranslation("jobprofiles.archive-dialog.title", profile.name()),
                getTranslation("jobprofiles.archive-dialog.text"), getTranslation("jobprofiles.archive"),
                getTranslation("action.cancel")), () -> run(() -> {
                    jobProfiles.archive(profile.id());
                    Notifications.success(getTranslation("jobprofiles.archived", profile.name()));
                }));
    }

    private void refresh() {
        withArchived = jobProfiles.profiles(true);
        profiles = withArchived.stream().filter(profile -> !profile.archived()).toList();
        Long selectedId = selected == null ? null : selected.id();
        List<JobProfileSummary> listed = showArchived.getValue() ? withArchived : profiles;
        profileGrid.setItems(listed);
        peopleGrid.setItems(jobProfiles.people());
        listed.stream().filter(p -> Objects.equals(p.id(), selectedId)).findFirst()
                .ifPresentOrElse(profileGrid::select, profileGrid::deselectAll);
    }

    /** Runs a change; a refusal is shown in the user's language and the lists are reloaded either way. */
    private void run(Runnable change) {
        try {
            change.run();
        } catch (UserFacingException refusal) {
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
        refresh();
    }

    private static ItemRef ref(CatalogueItem item) {
        return new ItemRef(item.family(), item.itemCode());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("jobprofiles.title") + " · " + getTranslation("app.name");
    }
}
