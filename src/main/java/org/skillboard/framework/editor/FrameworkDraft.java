package org.skillboard.framework.editor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.skillboard.base.TenantOwnedEntity;
import org.skillboard.framework.FrameworkDefinition;

/**
 * A framework being written or changed in the app, kept as typed (in JSON, problems and all) until it is
 * published. Its id
 * is fixed when it is started; everything else is the administrator's to change.
 */
@Entity
@Table(name = "framework_draft")
class FrameworkDraft extends TenantOwnedEntity {

    @Column(name = "framework_key", nullable = false, updatable = false)
    private String key;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String language;

    /** The version it was opened from; {@code null} for a framework that is not published yet. */
    @Column(name = "based_on_version", updatable = false)
    private Integer basedOnVersion;

    @Column(nullable = false)
    private String body;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected FrameworkDraft() {
    }

    FrameworkDraft(FrameworkDefinition definition, String body, Integer basedOnVersion, Instant at, String by) {
        this.key = definition.key();
        this.basedOnVersion = basedOnVersion;
        keep(definition, body, at, by);
    }

    /** Keeps the definition as typed; {@code body} is its text ({@link DraftBodies}). */
    void keep(FrameworkDefinition definition, String body, Instant at, String by) {
        this.name = definition.name() == null || definition.name().isBlank() ? key : definition.name();
        this.kind = definition.kind().fileName();
        this.language = definition.language().toLanguageTag();
        this.body = body;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    String key() {
        return key;
    }

    String name() {
        return name;
    }

    String kind() {
        return kind;
    }

    String language() {
        return language;
    }

    Integer basedOnVersion() {
        return basedOnVersion;
    }

    String body() {
        return body;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }
}
