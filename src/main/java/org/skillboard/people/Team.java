package org.skillboard.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import org.skillboard.base.TenantOwnedEntity;

@Entity
class Team extends TenantOwnedEntity {

    @Column(name = "team_key", nullable = false, updatable = false)
    private String key;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    /** When it was archived: off current views and pickers, kept in history; {@code null} while in use. */
    @Column(name = "archived_at")
    private Instant archivedAt;

    protected Team() {
    }

    Team(String key, String name) {
        this.key = key;
        this.name = name;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    void archive(Instant when) {
        archivedAt = when;
    }

    void restore() {
        archivedAt = null;
    }
}
