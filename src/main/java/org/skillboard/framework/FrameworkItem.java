package org.skillboard.framework;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.skillboard.base.TenantOwnedEntity;

/** A skill, criterion or maturity dimension, with the levels it defines. */
@Entity
@Table(name = "framework_item")
class FrameworkItem extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id", updatable = false)
    private Framework framework;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "category_code")
    private String categoryCode;

    private String overview;

    private String guidance;

    @Column(name = "activities_intro")
    private String activitiesIntro;

    @Convert(converter = TextLines.class)
    private List<String> activities = List.of();

    @Column(name = "change_mark")
    private String changeMark;

    @Column(name = "guidance_change")
    private String guidanceChange;

    @Column(nullable = false)
    private String origin;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rank")
    private List<ItemLevel> levels = new ArrayList<>();

    protected FrameworkItem() {
    }

    FrameworkItem(Framework framework, String code) {
        this.framework = framework;
        this.code = code;
    }

    /** Takes everything the definition says about this item; its levels are matched by code. */
    void update(int position, FrameworkDefinition.Item item, FrameworkDefinition definition) {
        sortOrder = position;
        name = item.name();
        categoryCode = item.category();
        overview = item.overview();
        guidance = item.guidance();
        activitiesIntro = item.activitiesIntro();
        activities = List.copyOf(item.activities());
        changeMark = item.change();
        guidanceChange = item.guidanceChange();
        origin = item.fromTenant() ? "tenant" : "source";
        List<String> codes = item.levels().stream().map(FrameworkDefinition.ItemLevel::code).toList();
        levels.removeIf(level -> !codes.contains(level.getCode()));
        for (FrameworkDefinition.ItemLevel wanted : item.levels()) {
            ItemLevel level = levels.stream().filter(existing -> existing.getCode().equals(wanted.code()))
                    .findFirst().orElseGet(() -> {
                        ItemLevel created = new ItemLevel(this, wanted.code());
                        levels.add(created);
                        return created;
                    });
            level.update(definition.rankOf(wanted.code()), wanted);
        }
        levels.sort(java.util.Comparator.comparingInt(ItemLevel::getRank));
    }

    String getCode() {
        return code;
    }

    int getSortOrder() {
        return sortOrder;
    }

    String getName() {
        return name;
    }




    String getCategoryCode() {
        return categoryCode;
    }

    List<ItemLevel> getLevels() {
        return levels;
    }

    boolean isFromTenant() {
        return "tenant".equals(origin);
    }

    void describe(String newName, String newOverview) {
        name = newName;
        overview = newOverview;
    }

    FrameworkDefinition.Item definition() {
        return new FrameworkDefinition.Item(code, name, categoryCode, overview, guidance, activitiesIntro,
                activities, changeMark, guidanceChange, isFromTenant(),
                levels.stream().map(ItemLevel::definition).toList());
    }
}
