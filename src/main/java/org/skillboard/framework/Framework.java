package org.skillboard.framework;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.skillboard.base.TenantOwnedEntity;

/**
 * One version of a framework in a tenant: its scale, categories, items and notes.
 * Superseded versions are kept (retired) so that nothing already assessed loses its meaning.
 */
@Entity
class Framework extends TenantOwnedEntity {

    @Column(name = "framework_key", nullable = false, updatable = false)
    private String key;

    @Column(nullable = false, updatable = false)
    private String family;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    private boolean retired;

    /** The day a newer version took its place; {@code null} while it is the current version. */
    @Column(name = "retired_on")
    private LocalDate retiredOn;

    /** The day an administrator archived it; {@code null} while it is in use. */
    @Column(name = "archived_on")
    private LocalDate archivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FrameworkKind kind;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String source;

    @Column(nullable = false)
    private String licence;

    private String description;

    @Column(name = "item_label")
    private String itemLabel;

    @Column(name = "scale_name", nullable = false)
    private String scaleName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rank")
    private List<ScaleLevel> levels = new ArrayList<>();

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<FrameworkCategory> categories = new ArrayList<>();

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<FrameworkItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<FrameworkNote> notes = new ArrayList<>();

    protected Framework() {
    }

    Framework(String key, String family, int versionNumber, FrameworkKind kind) {
        this.key = key;
        this.family = family;
        this.versionNumber = versionNumber;
        this.kind = kind;
    }

    String getKey() {
        return key;
    }

    String getFamily() {
        return family;
    }

    int getVersionNumber() {
        return versionNumber;
    }

    boolean isRetired() {
        return retired;
    }

    void retire(LocalDate day) {
        retired = true;
        retiredOn = day;
        touch();
    }

    LocalDate getRetiredOn() {
        return retiredOn;
    }

    /** Whether this version was the current one at the end of a day (a version retired that day was not). */
    boolean currentOn(LocalDate day) {
        return !retired || retiredOn != null && retiredOn.isAfter(day);
    }

    /** Whether it was in use at the end of a day: not yet archived then. */
    boolean inUseOn(LocalDate day) {
        return archivedOn == null || archivedOn.isAfter(day);
    }

    /**
     * Takes over what the tenant set in the app on the version this one follows: the level names it
     * chose and the maturity dimensions it added, where this version has no item of that code.
     */
    void carryFrom(Framework previous) {
        for (ScaleLevel named : previous.levels) {
            if (named.isNamedInApp()) {
                levels.stream().filter(level -> level.getCode().equals(named.getCode())).findFirst()
                        .ifPresent(level -> level.nameInApp(named.getName()));
            }
        }
        if (kind != FrameworkKind.MATURITY) {
            return;
        }
        for (FrameworkItem dimension : previous.items) {
            if (dimension.isFromTenant() && items.stream().noneMatch(item -> item.getCode().equals(dimension.getCode()))) {
                FrameworkDefinition.Item kept = dimension.definition();
                addDimension(kept.code(), kept.name(), kept.overview());
            }
        }
    }

    boolean isArchived() {
        return archivedOn != null;
    }

    LocalDate getArchivedOn() {
        return archivedOn;
    }

    void archive(LocalDate day) {
        archivedOn = day;
        touch();
    }

    void restore() {
        archivedOn = null;
        touch();
    }

    FrameworkKind getKind() {
        return kind;
    }

    String getName() {
        return name;
    }

    Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    String getScaleName() {
        return scaleName;
    }

    List<ScaleLevel> getLevels() {
        return levels;
    }

    List<FrameworkCategory> getCategories() {
        return categories;
    }

    List<FrameworkItem> getItems() {
        return items;
    }

    List<FrameworkNote> getNotes() {
        return notes;
    }

    /**
     * Takes everything a definition says. Levels and items are matched by code, so
     * that an update keeps the rows that assessments may point at; the caller has
     * checked that the update is compatible ({@link Compatibility}).
     */
    void apply(FrameworkDefinition definition) {
        describe(definition);
        for (int i = 0; i < definition.levels().size(); i++) {
            FrameworkDefinition.Level wanted = definition.levels().get(i);
            int rank = i + 1;
            levels.stream().filter(level -> level.getCode().equals(wanted.code())).findFirst()
                    .ifPresentOrElse(level -> level.update(wanted), () -> levels.add(new ScaleLevel(this, rank, wanted)));
        }
        applyCategories(definition.categories());
        applyNotes(definition.notes());
        for (int i = 0; i < definition.items().size(); i++) {
            FrameworkDefinition.Item wanted = definition.items().get(i);
            FrameworkItem item = items.stream().filter(existing -> existing.getCode().equals(wanted.code()))
                    .findFirst().orElseGet(() -> {
                        FrameworkItem created = new FrameworkItem(this, wanted.code());
                        items.add(created);
                        return created;
                    });
            item.update(i, wanted, definition);
        }
        items.sort(java.util.Comparator.comparingInt(FrameworkItem::getSortOrder));
    }

    /**
     * Categories are matched by code and changed in place; only those the definition no longer
     * names are removed. Removing them all and adding them again would write the new rows before
     * deleting the old ones (Hibernate inserts before it deletes orphans) and break the unique code.
     */
    private void applyCategories(List<FrameworkDefinition.Category> wanted) {
        List<String> codes = wanted.stream().map(FrameworkDefinition.Category::code).toList();
        categories.removeIf(category -> !codes.contains(category.getCode()));
        for (int i = 0; i < wanted.size(); i++) {
            FrameworkDefinition.Category category = wanted.get(i);
            int position = i;
            categories.stream().filter(existing -> existing.getCode().equals(category.code())).findFirst()
                    .ifPresentOrElse(existing -> existing.update(position, category),
                            () -> categories.add(new FrameworkCategory(this, position, category)));
        }
        categories.sort(java.util.Comparator.comparingInt(FrameworkCategory::getSortOrder));
    }

    /** Notes have no code: the n-th note of the definition changes the n-th note kept, extra ones go. */
    private void applyNotes(List<FrameworkDefinition.Note> wanted) {
        while (notes.size() > wanted.size()) {
            notes.removeLast();
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (i < notes.size()) {
                notes.get(i).update(i, wanted.get(i));
            } else {
                notes.add(new FrameworkNote(this, i, wanted.get(i)));
            }
        }
    }

    /** Everything this framework holds, as a file would say it. */
    FrameworkDefinition definition() {
        return new FrameworkDefinition(key, family, name, getLanguage(), kind, versionNumber, source, licence,
                description, itemLabel, notes.stream().map(FrameworkNote::definition).toList(), scaleName,
                levels.stream().map(ScaleLevel::definition).toList(),
                categories.stream().map(FrameworkCategory::definition).toList(),
                items.stream().map(FrameworkItem::definition).toList());
    }

    private void describe(FrameworkDefinition definition) {
        name = definition.name();
        language = definition.language().toLanguageTag();
        source = definition.source();
        licence = definition.licence();
        description = definition.description();
        itemLabel = definition.itemLabel();
        scaleName = definition.scaleName();
        touch();
    }

    void addDimension(String code, String dimensionName, String overview) {
        FrameworkItem dimension = new FrameworkItem(this, code);
        dimension.update(items.size(), new FrameworkDefinition.Item(code, dimensionName, null, overview, null, null,
                java.util.List.of(), null, null, true, java.util.List.of()), definition());
        items.add(dimension);
        touch();
    }

    private void touch() {
        updatedAt = Instant.now();
    }
}
