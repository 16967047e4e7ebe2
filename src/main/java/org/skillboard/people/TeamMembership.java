package org.skillboard.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.skillboard.base.TenantOwnedEntity;

/** A person in a team, as lead or member. A person may be in several teams. */
@Entity
class TeamMembership extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id", updatable = false)
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "team_role", nullable = false)
    private TeamRole role;

    protected TeamMembership() {
    }

    TeamMembership(Team team, Person person, TeamRole role) {
        this.team = team;
        this.person = person;
        this.role = role;
    }

    Team getTeam() {
        return team;
    }

    Person getPerson() {
        return person;
    }

    TeamRole getRole() {
        return role;
    }

    void setRole(TeamRole role) {
        this.role = role;
    }
}
