package org.skillboard.framework;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import org.skillboard.base.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's frameworks, for everyone in the tenant to read, and for its administrators to manage. */
@Service
@Transactional(readOnly = true)
public class FrameworkService {

    private static final int EXCERPT = 160;
    private static final int MAX_HITS = 200;

    private final FrameworkRepository frameworks;
    private final CatalogueCache catalogues;

    FrameworkService(FrameworkRepository frameworks, CatalogueCache catalogues) {
        this.frameworks = frameworks;
        this.catalogues = catalogues;
    }

    /** The frameworks the tenant uses (enabled, current versions). */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<FrameworkSummary> library() {
        return frameworks.findEnabled().stream().map(FrameworkSummary::of).toList();
    }

    /** How many frameworks the tenant uses (enabled, current versions), counted without loading them. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public long countInUse() {
        return frameworks.countEnabled();
    }

    /** Every current framework, enabled or not, for the tenant administrator. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public List<FrameworkSummary> all() {
        return frameworks.findAllCurrent().stream().map(FrameworkSummary::of).toList();
    }

    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public FrameworkDetail detail(long frameworkId) {
        Framework framework = readable(frameworkId);
        List<FrameworkSummary> translations = frameworks.findEnabledInFamily(framework.getFamily()).stream()
                .filter(other -> !other.getId().equals(framework.getId())).map(FrameworkSummary::of).toList();
        return new FrameworkDetail(FrameworkSummary.of(framework), framework.definition(), translations);
    }

    /**
     * Finds a text in item names, overviews, guidance, activities and level
     * descriptions of the enabled frameworks. Matching ignores case and accents
     * ("experiencia" finds "Experiência"); a tenant's frameworks are small enough
     * to search in memory, which keeps the accent folding the same on every database.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<SearchHit> search(String text) {
        String needle = fold(text == null ? "" : text.strip());
        List<SearchHit> hits = new ArrayList<>();
        if (needle.length() < 2) {
            return hits;
        }
        for (Framework framework : frameworks.findEnabled()) {
            for (FrameworkDefinition.Item item : framework.definition().items()) {
                String itemText = String.join(" ", nonNull(item.code()), nonNull(item.name()),
                        nonNull(item.overview()), nonNull(item.guidance()), String.join(" ", item.activities()));
                if (fold(itemText).contains(needle)) {
                    hits.add(new SearchHit(framework.getId(), framework.getName(), item.code(), item.name(), null,
                            excerpt(item.overview() != null ? item.overview() : item.name(), needle)));
                }
                for (FrameworkDefinition.ItemLevel level : item.levels()) {
                    if (level.description() != null && fold(level.description()).contains(needle)) {
                        hits.add(new SearchHit(framework.getId(), framework.getName(), item.code(), item.name(),
                                level.code(), excerpt(level.description(), needle)));
                    }
                }
                if (hits.size() >= MAX_HITS) {
                    return hits;
                }
            }
        }
        return hits;
    }

    /**
     * Every skill and criterion of the enabled frameworks, once per family (the first
     * language by name stands for its translations). Maturity dimensions rate units, not
     * people, and are not in it. Kept per tenant until its frameworks change (see {@link CatalogueCache}).
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER', 'SYSTEM')")
    public List<CatalogueItem> catalogue() {
        return catalogues.catalogue(this::readCatalogue);
    }

    private List<CatalogueItem> readCatalogue() {
        List<CatalogueItem> catalogue = new ArrayList<>();
        java.util.Set<String> families = new java.util.HashSet<>();
        for (Framework framework : frameworks.findEnabled()) {
            if (framework.getKind() == FrameworkKind.MATURITY || !families.add(framework.getFamily())) {
                continue;
            }
            List<ScaleLevel> scale = framework.getLevels();
            Map<Integer, String> namesByRank = new HashMap<>();
            scale.forEach(level -> namesByRank.put(level.getRank(),
                    level.getName() == null ? level.getCode() : level.getName()));
            Map<String, String> categoryNames = new HashMap<>();
            framework.getCategories().forEach(category -> categoryNames.put(category.getCode(), category.getName()));
            for (FrameworkItem item : framework.getItems()) {
                List<ItemLevel> levels = item.getLevels();
                catalogue.add(new CatalogueItem(framework.getFamily(), framework.getName(), item.getCode(),
                        item.getName(), levels.stream().map(ItemLevel::getCode).toList(),
                        categoryNames.get(item.getCategoryCode()),
                        levels.stream().map(level -> namesByRank.getOrDefault(level.getRank(), level.getCode()))
                                .toList(),
                        levels.stream().map(ItemLevel::getRank).toList(), scale.size()));
            }
        }
        return catalogue;
    }

    /**
     * An item and the levels it defines, with their descriptions, for whoever assesses
     * it: in the reader's language where the family has that translation.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public Optional<ItemLevels> itemLevels(String family, String itemCode, java.util.Locale reader) {
        List<Framework> translations = frameworks.findEnabledInFamily(family);
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
     * The enabled maturity models (frameworks of kind maturity), one per family, each in
     * the reader's language where the family has that translation.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER', 'SYSTEM')")
    public List<FrameworkDefinition> maturityModels(java.util.Locale reader) {
        Map<String, Framework> byFamily = new java.util.LinkedHashMap<>();
        for (Framework framework : frameworks.findEnabled()) {
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

    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public FrameworkDefinition definitionForAdmin(long frameworkId) {
        return current(frameworkId).definition();
    }

    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public FrameworkSummary setEnabled(long frameworkId, boolean enabled) {
        Framework framework = current(frameworkId);
        catalogues.changed();
        framework.setEnabled(enabled);
        return FrameworkSummary.of(framework);
    }

    /** Names a level the source leaves unnamed, or renames one, for this tenant. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public void nameLevel(long frameworkId, String levelCode, String name) {
        Framework framework = current(frameworkId);
        catalogues.changed();
        ScaleLevel level = framework.getLevels().stream().filter(l -> l.getCode().equals(levelCode)).findFirst()
                .orElseThrow(() -> new UserFacingException("framework.error.no-level", levelCode));
        level.setName(name == null || name.isBlank() ? null : name.strip());
    }

    /** Renames an item or rewrites its overview, in the framework's language. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public void describeItem(long frameworkId, String itemCode, String name, String overview) {
        if (name == null || name.isBlank()) {
            throw new UserFacingException("framework.error.item-name");
        }
        catalogues.changed();
        item(current(frameworkId), itemCode).describe(name.strip(),
                overview == null || overview.isBlank() ? null : overview.strip());
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
        return frameworks.findById(frameworkId).filter(Framework::isEnabled)
                .orElseThrow(() -> new UserFacingException("framework.error.not-found"));
    }

    private Framework current(long frameworkId) {
        return frameworks.findById(frameworkId).filter(framework -> !framework.isRetired())
                .orElseThrow(() -> new UserFacingException("framework.error.not-found"));
    }

    private static String excerpt(String text, String foldedNeedle) {
        int at = fold(text).indexOf(foldedNeedle);
        int start = Math.max(0, at - EXCERPT / 3);
        int end = Math.min(text.length(), start + EXCERPT);
        return (start > 0 ? "…" : "") + text.substring(start, end).replace('\n', ' ') + (end < text.length() ? "…" : "");
    }

    /** Lower case without accents; keeps one character per character, so positions match the original. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String decomposed = Normalizer.normalize(String.valueOf(text.charAt(i)), Normalizer.Form.NFD);
            char base = decomposed.charAt(0);
            folded.append(switch (base) {
                case 'ł', 'Ł' -> 'l';
                default -> Character.toLowerCase(base);
            });
        }
        return folded.toString();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
