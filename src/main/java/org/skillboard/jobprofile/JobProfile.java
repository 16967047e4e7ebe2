package org.skillboard.jobprofile;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.skillboard.base.TenantOwnedEntity;

/** A role in the organisation, with the level it needs in each skill or criterion. */
@Entity
@Table(name = "job_profile")
class JobProfile extends TenantOwnedEntity {

    @Column(name = "profile_key", nullable = false, updatable = false)
    private String key;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    /** The day an administrator archived it; {@code null} while it is in use. */
    @Column(name = "archived_on")
    private LocalDate archivedOn;

    @OneToMany(mappedBy = "profile", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Requirement> requirements = new ArrayList<>();

    protected JobProfile() {
    }

    JobProfile(String key, String name, String description) {
        this.key = key;
        describe(name, description);
    }

    void describe(String newName, String newDescription) {
        name = newName;
        description = newDescription;
    }

    /** Sets the level the profile needs in an item, or removes the requirement ({@code null}). */
    void require(ItemRef item, String levelCode) {
        Optional<Requirement> existing = requirements.stream().filter(r -> r.item().equals(item)).findFirst();
        if (levelCode == null) {
            existing.ifPresent(requirements::remove);
        } else if (existing.isPresent()) {
            existing.get().setLevelCode(levelCode);
        } else {
            requirements.add(new Requirement(this, item, levelCode));
        }
    }

    boolean isArchived() {
        return archivedOn != null;
    }

    void archive(LocalDate day) {
        archivedOn = day;
    }

    void restore() {
        archivedOn = null;
    }

    String getKey() {
        return key;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    List<Requirement> getRequirements() {
        return requirements;
    }
}
