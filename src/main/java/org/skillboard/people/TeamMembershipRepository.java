package org.skillboard.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface TeamMembershipRepository extends Repository<TeamMembership, Long> {

    TeamMembership save(TeamMembership membership);

    Optional<TeamMembership> findByTeamAndPerson(Team team, Person person);

    @Query("select m from TeamMembership m join fetch m.team join fetch m.person where m.team.id in :teamIds"
            + " order by m.team.name, m.role, m.person.name")
    List<TeamMembership> findWithPeopleByTeamIds(Collection<Long> teamIds);

    @Query("select m from TeamMembership m join fetch m.team where m.person.id = :personId order by m.team.name")
    List<TeamMembership> findWithTeamByPersonId(long personId);

    @Query("select m from TeamMembership m join fetch m.team join fetch m.person"
            + " order by m.team.name, m.role, m.person.name")
    List<TeamMembership> findAllWithTeamsAndPeople();

    @Query("select m from TeamMembership m join fetch m.person where m.team = :team")
    List<TeamMembership> findWithPersonByTeam(Team team);

    /** The ids of everyone in the teams where this person has this role (herself among them). */
    @Query("select distinct m.person.id from TeamMembership m where m.team.id in"
            + " (select own.team.id from TeamMembership own where own.person.id = :personId and own.role = :role)")
    List<Long> peopleInTeamsOf(long personId, TeamRole role);

    /** The teams in use of these people, for the people list. */
    @Query("select m from TeamMembership m join fetch m.team where m.person.id in :personIds"
            + " and m.team.archivedAt is null order by m.team.name")
    List<TeamMembership> findWithTeamInUseByPersonIds(Collection<Long> personIds);

    /** Those who have this role in these teams and are still here, by name, for the teams list. */
    @Query("select m from TeamMembership m join fetch m.person where m.team.id in :teamIds and m.role = :role"
            + " and m.person.active = true order by m.person.name")
    List<TeamMembership> findActiveWithPersonByTeamIdsAndRole(Collection<Long> teamIds, TeamRole role);

    /** How many people still here each of these teams has: pairs of team id and count. */
    @Query("select m.team.id, count(m) from TeamMembership m where m.team.id in :teamIds and m.person.active = true"
            + " group by m.team.id")
    List<Object[]> countActiveByTeamIds(Collection<Long> teamIds);

    /** Whether the person leads a team in use; one indexed lookup (PersonStanding, at every request). */
    boolean existsByPersonIdAndRoleAndTeamArchivedAtIsNull(Long personId, TeamRole role);

    <S extends TeamMembership> List<S> saveAll(Iterable<S> memberships);

    long countByTeam(Team team);

    @Query("select distinct m.person.id from TeamMembership m where m.person.id in :personIds and m.role = :role"
            + " and m.team.archivedAt is null and m.person.active = true")
    List<Long> leadersAmong(Collection<Long> personIds, TeamRole role);

    void delete(TeamMembership membership);
}
