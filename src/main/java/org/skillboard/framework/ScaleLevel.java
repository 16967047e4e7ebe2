package org.skillboard.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import org.skillboard.base.TenantOwnedEntity;

/** A level of a framework's scale. Its rank orders it: 1 is the lowest. */
@Entity
@Table(name = "scale_level")
class ScaleLevel extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id", updatable = false)
    private Framework framework;

    @Column(name = "level_rank", nullable = false)
    private int rank;

    @Column(nullable = false)
    private String code;

    /** {@code null} where the source does not name the level; the tenant may name it. */
    private String name;

    /** Whether the tenant named it in the app: such a name carries into the framework's next version. */
    @Column(name = "named_in_app", nullable = false)
    private boolean namedInApp;

    private String summary;

    private String description;

    @Convert(converter = TextLines.class)
    private List<String> practices = List.of();

    @Column(name = "next_step")
    private String nextStep;

    protected ScaleLevel() {
    }

    ScaleLevel(Framework framework, int rank, FrameworkDefinition.Level level) {
        this.framework = framework;
        this.rank = rank;
        this.code = level.code();
        update(level);
    }

    /**
     * Takes a file's text of the level. A name the tenant gave it in the app stays while the file leaves the
     * level unnamed (a correction of the source's file must not undo it); a name the file gives wins.
     */
    void update(FrameworkDefinition.Level level) {
        if (level.name() != null || !namedInApp) {
            namedInApp = namedInApp && level.name().equals(name);
            name = level.name();
        }
        summary = level.summary();
        description = level.description();
        practices = List.copyOf(level.practices());
        nextStep = level.nextStep();
    }

    int getRank() {
        return rank;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    /** The tenant names or renames it in the app. */
    void nameInApp(String name) {
        this.name = name;
        namedInApp = true;
    }

    boolean isNamedInApp() {
        return namedInApp;
    }

    FrameworkDefinition.Level definition() {
        return new FrameworkDefinition.Level(code, name, summary, description, practices, nextStep);
    }
}
