package org.skillboard.framework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import org.skillboard.base.AdminChange;
import org.skillboard.base.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's frameworks, for everyone in the tenant to read, and for its administrators to manage.
 * An archived framework is out of use (library, templates, new assessments, today's heatmap) but
 * its assessments keep their meaning: "as it was on" a day before it was archived still shows it.
 */
@Service
@Transactional(readOnly = true)
public class FrameworkService {

    private static final String LEVEL = AdminChange.word("audit.word.level") + " ";
    private static final String DIMENSION = AdminChange.word("audit.word.dimension") + " ";

    private final FrameworkRepository frameworks;
    private final CatalogueCache catalogues;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FrameworkService(FrameworkRepository frameworks, CatalogueCache catalogues, ApplicationEventPublisher events,
            Clock clock) {
        this.frameworks = frameworks;
        this.catalogues = catalogues;
        this.events = events;
        this.clock = clock;
    }

    /** The frameworks the tenant uses (current versions, not archived). */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<FrameworkSummary> library() {
        return frameworks.findInUse().stream().map(FrameworkSummary::of).toList();
    }

    /** How many frameworks the tenant uses (enabled, current versions), counted without loading them. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public long countInUse() {
        return frameworks.countEnabled();
    }

    /** Every current framework in use, for the tenant administrator. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public List<FrameworkSummary> all() {
        return all(false);
    }

    /** Every current framework, the archived ones too if asked, for the tenant administrator. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public List<FrameworkSummary> all(boolean withArchived) {
        return frameworks.findAllCurrent().stream().filter(framework -> withArchived || !framework.isArchived())
                .map(FrameworkSummary::of).toList();
    }

    /** Takes a framework out of use, keeping everything assessed in it. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public FrameworkSummary archive(long frameworkId) {
        Framework framework = current(frameworkId);
        if (!framework.isArchived()) {
            catalogues.changed();
            framework.archive(LocalDate.now(clock));
            events.publishEvent(AdminChange.of(AdminChange.Kind.FRAMEWORK, "archived", framework.getName(),
                    AdminChange.word("audit.word.in-use"), AdminChange.word("audit.word.archived")));
        }
        return FrameworkSummary.of(framework);
    }

    /** Brings an archived framework back into use. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public FrameworkSummary restore(long frameworkId) {
        Framework framework = current(frameworkId);
        if (framework.isArchived()) {
            catalogues.changed();
            framework.restore();
            events.publishEvent(AdminChange.of(AdminChange.Kind.FRAMEWORK, "restored", framework.getName(),
                    AdminChange.word("audit.word.archived"), AdminChange.word("audit.word.in-use")));
        }
        return FrameworkSummary.of(framework);
    }

    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public FrameworkDetail detail(long frameworkId) {
        Framework framework = readable(frameworkId);
        List<FrameworkSummary> translations = frameworks.findInUseInFamily(framework.getFamily()).stream()
                .filter(other -> !other.getId().equals(framework.getId())).map(FrameworkSummary::of).toList();
        return new FrameworkDetail(FrameworkSummary.of(framework), framework.definition(), translations);
    }

    /**
     * Finds a text in item names, overviews, guidance, activities and level
     * descriptions of the frameworks in use. Matching ignores case and accents
     * ("experiencia" finds "Experiência"); a tenant's frameworks are small enough
     * to search in memory, which keeps the accent folding the same on every database.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<SearchHit> search(String text) {
        return FrameworkSearch.hits(frameworks.findInUse(), text);
    }

    /**
     * Every skill and criterion of the frameworks in use, once per family (the first
     * language by name stands for its translations). Maturity dimensions rate units, not
     * people, and are not in it. Kept per tenant until its frameworks change (see {@link CatalogueCache}).
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER', 'SYSTEM')")
    public List<CatalogueItem> catalogue() {
        return catalogues.catalogue(() -> CatalogueReader.read(frameworks.findInUse(), false));
    }

    /**
     * The catalogue as it was at the end of a day, for a heatmap "as it was on" that day: of each
     * framework the version that was current then (a version retired later stands for it), if it
     * was still in use (not archived by then).
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<CatalogueItem> catalogueOn(LocalDate day) {
        if (!frameworks.changedAfter(day)) {
            return catalogue();
        }
        Map<String, Framework> currentThen = new java.util.LinkedHashMap<>();
        frameworks.findAllVersions().stream().filter(framework -> framework.currentOn(day))
                .forEach(framework -> currentThen.putIfAbsent(framework.getKey(), framework));
        return CatalogueReader.read(currentThen.values().stream().filter(framework -> framework.inUseOn(day))
                .sorted(java.util.Comparator.comparing(Framework::getName)).toList(), false);
    }

    /**
     * Every item of every version, archived or retired: names for a history export and for trends.
     * An item is named as the newest version that has it names it.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<CatalogueItem> catalogueEver() {
        List<Framework> newestFirst = new ArrayList<>(frameworks.findAllVersions());
        newestFirst.sort(java.util.Comparator.comparing(Framework::isRetired)
                .thenComparing(Framework::isArchived)
                .thenComparing(Framework::getVersionNumber, java.util.Comparator.reverseOrder())
                .thenComparing(Framework::getName));
        return CatalogueReader.read(newestFirst, true);
    }

    /**
     * An item and the levels it defines, with their descriptions, for whoever assesses
     * it: in the reader's language where the family has that translation. An item no framework
     * in use has any more is read from the newest archived framework or retired version that has it.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public Optional<ItemLevels> itemLevels(String family, String itemCode, java.util.Locale reader) {
        return levelsIn(frameworks.findInUseInFamily(family), itemCode, reader)
                .or(() -> levelsIn(frameworks.findEveryVersionInFamily(family), itemCode, reader));
    }

    /**
     * Every skill and criterion of the frameworks in use with its level texts, once per family, in the
     * reader's language where the family has that translation: one read for a page that lists many items.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<ItemLevels> itemLevelsInUse(java.util.Locale reader) {
        Map<String, Framework> byFamily = new java.util.LinkedHashMap<>();
        for (Framework framework : frameworks.findInUse()) {
            if (framework.getKind() == FrameworkKind.MATURITY) {
                continue;
            }
            byFamily.merge(framework.getFamily(), framework, (kept, other) ->
                    !kept.getLanguage().getLanguage().equals(reader.getLanguage())
                            && other.getLanguage().getLanguage().equals(reader.getLanguage()) ? other : kept);
        }
        List<ItemLevels> all = new ArrayList<>();
        for (Framework framework : byFamily.values()) {
            FrameworkDefinition definition = framework.definition();
            definition.items().forEach(item -> all.add(levelsOf(definition, item)));
        }
        return all;
    }

    /** The item as the first of these frameworks that has it says it, the reader's language first. */
    private static Optional<ItemLevels> levelsIn(List<Framework> translations, String itemCode,
            java.util.Locale reader) {
        String language = reader.getLanguage();
        return translations.stream()
                .sorted(java.util.Comparator.comparing(
                        (Framework framework) -> !framework.getLanguage().getLanguage().equals(language)))
                .map(Framework::definition)
                .flatMap(definition -> definition.items().stream().filter(item -> item.code().equals(itemCode))
                        .map(item -> levelsOf(definition, item)))
                .findFirst();
    }

    /**
     * The maturity models in use (frameworks of kind maturity), one per family, each in
     * the reader's language where the family has that translation.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER', 'SYSTEM')")
    public List<FrameworkDefinition> maturityModels(java.util.Locale reader) {
        Map<String, Framework> byFamily = new java.util.LinkedHashMap<>();
        for (Framework framework : frameworks.findInUse()) {
            if (framework.getKind() != FrameworkKind.MATURITY) {
                continue;
            }
            byFamily.merge(framework.getFamily(), framework, (kept, other) ->
                    !kept.getLanguage().getLanguage().equals(reader.getLanguage())
                            && other.getLanguage().getLanguage().equals(reader.getLanguage()) ? other : kept);
        }
        return byFamily.values().stream().map(Framework::definition).toList();
    }

    private static ItemLevels levelsOf(FrameworkDefinition framework, FrameworkDefinition.Item item) {
        List<ItemLevels.LevelText> levels = item.levels().stream().map(level -> {
            FrameworkDefinition.Level scaleLevel = framework.levels().get(framework.rankOf(level.code()) - 1);
            return new ItemLevels.LevelText(level.code(), scaleLevel.name(), level.description());
        }).toList();
        return new ItemLevels(framework.family(), item.code(), framework.name(), framework.language(), item.name(),
                item.overview(), levels);
    }

    /** Every framework id the tenant has used, in any version, archived or not: a new framework takes another. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional(readOnly = true)
    public Set<String> keysEverUsed() {
        return Set.copyOf(frameworks.findAllKeys());
    }

    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public FrameworkDefinition definitionForAdmin(long frameworkId) {
        return current(frameworkId).definition();
    }

    /** Names a level the source leaves unnamed, or renames one, for this tenant. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public void nameLevel(long frameworkId, String levelCode, String name) {
        Framework framework = current(frameworkId);
        catalogues.changed();
        ScaleLevel level = framework.getLevels().stream().filter(l -> l.getCode().equals(levelCode)).findFirst()
                .orElseThrow(() -> new UserFacingException("framework.error.no-level", levelCode));
        String before = level.getName();
        level.nameInApp(name == null || name.isBlank() ? null : name.strip());
        changed(framework, "renamed", LEVEL + levelCode + ": " + before, LEVEL + levelCode + ": "
                + level.getName());
    }

    /** Renames an item or rewrites its overview, in the framework's language. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public void describeItem(long frameworkId, String itemCode, String name, String overview) {
        if (name == null || name.isBlank()) {
            throw new UserFacingException("framework.error.item-name");
        }
        catalogues.changed();
        Framework framework = current(frameworkId);
        FrameworkItem item = item(framework, itemCode);
        String before = item.getName();
        String beforeOverview = item.definition().overview();
        String overviewAfter = overview == null || overview.isBlank() ? null : overview.strip();
        item.describe(name.strip(), overviewAfter);
        boolean sameOverview = java.util.Objects.equals(beforeOverview, overviewAfter);
        changed(framework, sameOverview ? "renamed" : "changed", itemCode + ": " + before,
                itemCode + ": " + item.getName() + (sameOverview ? ""
                        : " (" + AdminChange.word("audit.word.overview-changed") + ")"));
    }

    /**
     * Adds a dimension to a maturity model. Dimensions are the tenant's own (the
     * worksheet rates the organisation as a whole), so the tenant shapes them.
     */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public void addDimension(long frameworkId, String code, String name, String overview) {
        Framework framework = maturityModel(frameworkId);
        String cleanCode = code == null ? "" : code.strip();
        if (!cleanCode.matches("[a-z0-9][a-z0-9-]{0,99}")) {
            throw new UserFacingException("framework.error.dimension-code", cleanCode);
        }
        if (framework.getItems().stream().anyMatch(item -> item.getCode().equals(cleanCode))) {
            throw new UserFacingException("framework.error.dimension-taken", cleanCode);
        }
        if (name == null || name.isBlank()) {
            throw new UserFacingException("framework.error.item-name");
        }
        catalogues.changed();
        framework.addDimension(cleanCode, name.strip(), overview == null || overview.isBlank() ? null
                : overview.strip());
        changed(framework, "changed", null, DIMENSION + cleanCode + " " + AdminChange.word("audit.word.added")
                + ": " + name.strip());
    }

    /** Removes a dimension the tenant defined; the source's own items cannot be removed. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public void removeDimension(long frameworkId, String code) {
        Framework framework = maturityModel(frameworkId);
        FrameworkItem dimension = item(framework, code);
        if (!dimension.isFromTenant()) {
            throw new UserFacingException("framework.error.not-tenant-dimension", code);
        }
        catalogues.changed();
        framework.getItems().remove(dimension);
        changed(framework, "changed", DIMENSION + code + ": " + dimension.getName(),
                DIMENSION + code + " " + AdminChange.word("audit.word.removed"));
    }

    private void changed(Framework framework, String action, String before, String after) {
        if (!java.util.Objects.equals(before, after)) {
            events.publishEvent(AdminChange.of(AdminChange.Kind.FRAMEWORK, action, framework.getName(), before,
                    after));
        }
    }

    private Framework maturityModel(long frameworkId) {
        Framework framework = current(frameworkId);
        if (framework.getKind() != FrameworkKind.MATURITY) {
            throw new UserFacingException("framework.error.not-maturity");
        }
        return framework;
    }

    private static FrameworkItem item(Framework framework, String code) {
        return framework.getItems().stream().filter(item -> item.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new UserFacingException("framework.error.no-item", code));
    }

    private Framework readable(long frameworkId) {
        return frameworks.findById(frameworkId).filter(framework -> !framework.isArchived())
                .orElseThrow(() -> new UserFacingException("framework.error.not-found"));
    }

    private Framework current(long frameworkId) {
        return frameworks.findById(frameworkId).filter(framework -> !framework.isRetired())
                .orElseThrow(() -> new UserFacingException("framework.error.not-found"));
    }
}
