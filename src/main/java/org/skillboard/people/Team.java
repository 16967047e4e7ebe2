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
}
