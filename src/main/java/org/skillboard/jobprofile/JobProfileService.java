package org.skillboard.jobprofile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.skillboard.base.AdminChange;
import org.skillboard.base.BulkReads;
import org.skillboard.base.UserFacingException;
import org.skillboard.framework.CatalogueItem;
import org.skillboard.framework.FrameworkService;
import org.skillboard.people.PeopleService;
import org.skillboard.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Job profiles (the level a role needs per skill or criterion) and each person's
 * targets: the job profile's levels, with the person's own targets winning. An archived
 * job profile is off the lists and pickers and sets no targets; the people who had it keep
 * it (and their history), so that restoring it brings everything back.
 */
@Service
@Transactional
public class JobProfileService {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    private final JobProfileRepository profiles;
    private final PersonJobProfileRepository assignments;
    private final PersonTargetRepository targets;
    private final FrameworkService frameworks;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JobProfileService(JobProfileRepository profiles, PersonJobProfileRepository assignments,
            PersonTargetRepository targets, FrameworkService frameworks, PeopleService people,
            ApplicationEventPublisher events, Clock clock) {
        this.profiles = profiles;
        this.assignments = assignments;
        this.targets = targets;
        this.frameworks = frameworks;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** The job profiles in use. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD')")
    @Transactional(readOnly = true)
    public List<JobProfileSummary> profiles() {
        return profiles(false);
    }

    /** The job profiles in use, and the archived ones too if asked. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD')")
    @Transactional(readOnly = true)
    public List<JobProfileSummary> profiles(boolean withArchived) {
        return profiles.findAllWithRequirements().stream().filter(profile -> withArchived || !profile.isArchived())
                .map(JobProfileService::summary).toList();
    }

    /** Takes a job profile out of use: off the pickers, and its levels are no longer anyone's targets. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public JobProfileSummary archive(long profileId) {
        JobProfile profile = profile(profileId);
        if (!profile.isArchived()) {
            profile.archive(LocalDate.now(clock));
            changed("archived", profile.getName(), "in use", "archived");
        }
        return summary(profile);
    }

    /** Brings an archived job profile back, with the people who had it. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public JobProfileSummary restore(long profileId) {
        JobProfile profile = profile(profileId);
        if (profile.isArchived()) {
            profile.restore();
            changed("restored", profile.getName(), "archived", "in use");
        }
        return summary(profile);
    }

    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional(readOnly = true)
    public long countProfiles() {
        return profiles.count();
    }

    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public JobProfileSummary createProfile(String key, String name, String description) {
        String cleanKey = key == null ? "" : key.strip();
        if (!KEY.matcher(cleanKey).matches()) {
            throw new UserFacingException("jobprofile.error.key", cleanKey);
        }
        if (profiles.findByKey(cleanKey).isPresent()) {
            throw new UserFacingException("jobprofile.error.key-taken", cleanKey);
        }
        JobProfile created = profiles.save(new JobProfile(cleanKey, requiredName(name), blankToNull(description)));
        changed("created", created.getName(), null, describe(created));
        return summary(created);
    }

    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public void describeProfile(long profileId, String name, String description) {
        JobProfile profile = profile(profileId);
        String before = describe(profile);
        String oldName = profile.getName();
        profile.describe(requiredName(name), blankToNull(description));
        changed(oldName.equals(profile.getName()) ? "changed" : "renamed", oldName, before, describe(profile));
    }

    /** Sets the level the profile needs in an item; {@code null} removes the requirement. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public void require(long profileId, ItemRef item, String levelCode) {
        JobProfile profile = profile(profileId);
        checkLevel(item, levelCode);
        String before = profile.getRequirements().stream().filter(r -> r.item().equals(item)).findFirst()
                .map(Requirement::getLevelCode).orElse(null);
        profile.require(item, levelCode);
        changed("changed", profile.getName(), requirement(item, before), requirement(item, levelCode));
    }

    /** Gives a person a job profile in use; {@code null} takes it away. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'SYSTEM')")
    public void assign(long personId, Long profileId) {
        requirePerson(personId);
        String before = assignments.findByPersonId(personId).map(existing -> existing.getProfile().getName())
                .orElse(null);
        JobProfile profile = profileId == null ? null : profile(profileId);
        if (profile != null && profile.isArchived()) {
            throw new UserFacingException("jobprofile.error.archived", profile.getName());
        }
        put(personId, profile);
        if (!java.util.Objects.equals(before, profile == null ? null : profile.getName())) {
            events.publishEvent(AdminChange.of(AdminChange.Kind.JOB_PROFILE, "assigned",
                    profiles.personName(personId).orElseThrow(), before, profile == null ? null : profile.getName()));
        }
    }

    private void put(long personId, JobProfile profile) {
        assignments.findByPersonId(personId).ifPresentOrElse(existing -> {
            if (profile == null) {
                assignments.delete(existing);
            } else {
                existing.setProfile(profile);
            }
        }, () -> {
            if (profile != null) {
                assignments.save(new PersonJobProfile(personId, profile));
            }
        });
    }

    /** Sets a person's own target in an item, winning over the job profile; {@code null} removes it. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public void setTarget(long personId, ItemRef item, String levelCode) {
        requirePerson(personId);
        checkLevel(item, levelCode);
        PersonTarget existing = targets.findByPersonIdIn(List.of(personId)).stream()
                .filter(target -> target.item().equals(item)).findFirst().orElse(null);
        String before = requirement(item, existing == null ? null : existing.getLevelCode());
        if (!before.equals(requirement(item, levelCode))) {
            changed("changed", profiles.personName(personId).orElseThrow(), "own target " + before,
                    "own target " + requirement(item, levelCode));
        }
        if (levelCode == null) {
            if (existing != null) {
                targets.delete(existing);
            }
        } else if (existing != null) {
            existing.setLevelCode(levelCode);
        } else {
            targets.save(new PersonTarget(personId, item, levelCode));
        }
    }

    /**
     * Creates or updates a job profile from a tenant file and sets the levels the file
     * lists. Requirements added in the app stay: the file adds and changes, it removes nothing.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    public void provisionProfile(String key, String name, String description, Map<ItemRef, String> requires) {
        JobProfile profile = profiles.findByKey(key)
                .orElseGet(() -> profiles.save(new JobProfile(key, requiredName(name), blankToNull(description))));
        profile.describe(requiredName(name), blankToNull(description));
        requires.forEach((item, level) -> {
            checkLevel(item, level);
            profile.require(item, level);
        });
    }

    /** Gives the person with this key (from a tenant file) the job profile with this key. */
    @PreAuthorize("hasRole('SYSTEM')")
    public void provisionAssignment(String personKey, String profileKey) {
        Long personId = profiles.personIdByKey(personKey)
                .orElseThrow(() -> new UserFacingException("jobprofile.error.no-person"));
        JobProfile profile = profiles.findByKey(profileKey)
                .orElseThrow(() -> new UserFacingException("jobprofile.error.not-found"));
        requirePerson(personId);
        put(personId, profile);
    }

    /**
     * Gives many people (a generated demo team, by id) the job profile with this key at
     * once: one query reads their assignments, the missing ones are inserted in batches.
     *
     * @return {@code false}, and nothing assigned, if there is no job profile with this key
     */
    @PreAuthorize("hasRole('SYSTEM')")
    public boolean provisionAssignments(Collection<Long> personIds, String profileKey) {
        JobProfile profile = profiles.findByKey(profileKey).orElse(null);
        if (profile == null || personIds.isEmpty()) {
            return profile != null;
        }
        Map<Long, PersonJobProfile> current = new HashMap<>();
        assignments.findWithRequirements(personIds).forEach(assignment -> current.put(assignment.getPersonId(),
                assignment));
        for (Long personId : new java.util.LinkedHashSet<>(personIds)) {
            PersonJobProfile existing = current.get(personId);
            if (existing == null) {
                assignments.save(new PersonJobProfile(personId, profile));
            } else if (!existing.getProfile().getId().equals(profile.getId())) {
                existing.setProfile(profile);
            }
        }
        return true;
    }

    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional(readOnly = true)
    public List<PersonAssignment> people() {
        return profiles.peopleWithProfiles().stream().map(row -> new PersonAssignment((Long) row[0],
                (String) row[1], (String) row[2], (Long) row[3])).toList();
    }

    /** A person's targets, as the person, a lead of one of their teams, or a tenant admin may see them. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    @Transactional(readOnly = true)
    public Map<ItemRef, Target> targetsOf(long personId) {
        boolean mine = Long.valueOf(personId).equals(CurrentUser.require().personId());
        if (!mine && !people.oversees(personId)) {
            throw new AccessDeniedException("Not one of your people");
        }
        return targetsOfPeople(List.of(personId)).getOrDefault(personId, Map.of());
    }

    /**
     * The targets of many people at once, in three queries: job profile levels, overridden
     * by each person's own. Refused unless the user may see all these people (the person herself, a lead of
     * their team, a tenant admin).
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    @Transactional(readOnly = true)
    public Map<Long, Map<ItemRef, Target>> targetsOfPeople(Collection<Long> personIds) {
        return targetsOfPeople(personIds, profilesOfPeople(personIds));
    }

    /** As {@link #targetsOfPeople(Collection)}, for a caller that has already read the people's job profiles. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    @Transactional(readOnly = true)
    public Map<Long, Map<ItemRef, Target>> targetsOfPeople(Collection<Long> personIds,
            Map<Long, JobProfileSummary> profilesByPerson) {
        checkMaySee(personIds);
        Map<Long, Map<ItemRef, Target>> result = new HashMap<>();
        if (personIds.isEmpty()) {
            return result;
        }
        for (Map.Entry<Long, JobProfileSummary> entry : profilesByPerson.entrySet()) {
            Map<ItemRef, Target> personTargets = result.computeIfAbsent(entry.getKey(), id -> new LinkedHashMap<>());
            entry.getValue().requirements().forEach((item, level) -> personTargets.put(item,
                    new Target(item, level, Target.Source.JOB_PROFILE)));
        }
        java.util.Set<Long> wanted = new java.util.HashSet<>(personIds);
        List<PersonTarget> own = BulkReads.large(personIds) ? targets.findAll() : targets.findByPersonIdIn(personIds);
        for (PersonTarget target : own) {
            if (wanted.contains(target.getPersonId())) {
                result.computeIfAbsent(target.getPersonId(), id -> new LinkedHashMap<>()).put(target.item(),
                        new Target(target.item(), target.getLevelCode(), Target.Source.PERSON));
            }
        }
        return result;
    }

    /**
     * The job profile of each of these people who has one: who has which profile in one
     * query, the tenant's profiles with their requirements in another. Refused as {@link #targetsOfPeople}.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    @Transactional(readOnly = true)
    public Map<Long, JobProfileSummary> profilesOfPeople(Collection<Long> personIds) {
        checkMaySee(personIds);
        Map<Long, JobProfileSummary> result = new HashMap<>();
        if (personIds.isEmpty()) {
            return result;
        }
        java.util.Set<Long> wanted = new java.util.HashSet<>(personIds);
        List<Object[]> pairs = BulkReads.large(personIds) ? assignments.findAllProfileIds()
                : assignments.findProfileIds(personIds);
        if (pairs.isEmpty()) {
            return result;
        }
        Map<Long, JobProfileSummary> summaries = new HashMap<>();
        profiles.findAllWithRequirements().stream().filter(profile -> !profile.isArchived())
                .forEach(profile -> summaries.put(profile.getId(), summary(profile)));
        for (Object[] pair : pairs) {
            Long personId = (Long) pair[0];
            if (wanted.contains(personId) && summaries.containsKey((Long) pair[1])) {
                result.put(personId, summaries.get((Long) pair[1]));
            }
        }
        return result;
    }

    private void checkLevel(ItemRef item, String levelCode) {
        CatalogueItem known = frameworks.catalogue().stream()
                .filter(candidate -> candidate.family().equals(item.family())
                        && candidate.itemCode().equals(item.itemCode()))
                .findFirst()
                .orElseThrow(() -> new UserFacingException("jobprofile.error.unknown-item", item.itemCode()));
        if (levelCode != null && !known.defines(levelCode)) {
            throw new UserFacingException("jobprofile.error.level-not-defined", levelCode, known.itemName(),
                    String.join(", ", known.levelCodes()));
        }
    }

    private void checkMaySee(Collection<Long> personIds) {
        if (!people.maySee(personIds)) {
            throw new AccessDeniedException("Not one of your people");
        }
    }

    private void requirePerson(long personId) {
        if (profiles.countPeopleWithId(personId) == 0) {
            throw new UserFacingException("jobprofile.error.no-person");
        }
    }

    private JobProfile profile(long profileId) {
        return profiles.findById(profileId).orElseThrow(() -> new UserFacingException("jobprofile.error.not-found"));
    }

    private static String requiredName(String name) {
        if (name == null || name.isBlank()) {
            throw new UserFacingException("jobprofile.error.name");
        }
        return name.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void changed(String action, String subject, String before, String after) {
        events.publishEvent(AdminChange.of(AdminChange.Kind.JOB_PROFILE, action, subject, before, after));
    }

    private static String describe(JobProfile profile) {
        return profile.getName() + (profile.getDescription() == null ? "" : ": " + profile.getDescription());
    }

    private static String requirement(ItemRef item, String levelCode) {
        return item.family() + " " + item.itemCode() + " " + (levelCode == null ? "—" : levelCode);
    }

    private static JobProfileSummary summary(JobProfile profile) {
        Map<ItemRef, String> requirements = new LinkedHashMap<>();
        profile.getRequirements().forEach(requirement -> requirements.put(requirement.item(),
                requirement.getLevelCode()));
        return new JobProfileSummary(profile.getId(), profile.getKey(), profile.getName(), profile.getDescription(),
                requirements, profile.isArchived());
    }
}
