package org.skillboard.onboarding;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillboard.base.AdminChange;
import org.skillboard.base.UserFacingException;
import org.skillboard.excel.Texts;
import org.skillboard.excel.read.XlsxReader;
import org.skillboard.onboarding.sheets.OnboardingTemplate;
import org.skillboard.onboarding.sheets.OnboardingWorkbook;
import org.skillboard.people.PeopleAdministration;
import org.skillboard.people.PersonOverview;
import org.skillboard.people.TeamOverview;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant admin onboards her organisation from one workbook: teams, people, their places in teams and
 * their logins. An upload is first previewed (every problem by sheet and cell, nothing stored); confirming
 * reads the same file again, checks it again against what is stored by then, and stores all of it in one
 * transaction or nothing. The new logins come back as invitations for the admin to pass on.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('TENANT_ADMIN')")
public class Onboarding {

    private final PeopleAdministration administration;
    private final Logins logins;
    private final ApplicationEventPublisher events;
    private final XlsxReader.Limits limits;

    Onboarding(PeopleAdministration administration, Logins logins, ApplicationEventPublisher events,
            @Value("${skillboard.upload.max-bytes:10485760}") long maxBytes) {
        this.administration = administration;
        this.logins = logins;
        this.events = events;
        this.limits = XlsxReader.Limits.DEFAULTS.withMaxBytes(maxBytes);
    }

    /** The largest upload the server takes, in bytes. */
    public long maxBytes() {
        return limits.maxBytes();
    }

    /** The template in the reader's language, listing the tenant's teams to refer to. */
    public void template(Texts texts, OutputStream out) throws IOException {
        OnboardingTemplate.write(administration.teams(), texts, out);
    }

    /**
     * What confirming the file would store, and every problem in it; stores nothing. A file that is not a
     * safe Excel workbook is refused with a {@link UserFacingException}.
     */
    public OnboardingPreview preview(String fileName, byte[] content) {
        return plan(content).preview(fileName);
    }

    /**
     * Stores what the file says in one transaction: all of it, or, while any problem remains, nothing
     * (refused with the problems' count). Published as one {@link AdminChange} of kind IMPORT.
     */
    @Transactional
    public OnboardingResult confirm(String fileName, byte[] content) {
        OnboardingPlan plan = plan(content);
        if (!plan.problems().isEmpty()) {
            throw new UserFacingException("onboarding.error.has-problems", plan.problems().size());
        }
        Map<String, Long> teamIds = new HashMap<>();
        administration.teams().forEach(team -> teamIds.put(team.key(), team.id()));
        for (OnboardingPlan.NewTeam team : plan.teams()) {
            teamIds.put(team.key(), administration.createTeam(team.key(), team.name()).id());
        }
        Map<String, Long> personIds = new HashMap<>();
        for (OnboardingPlan.NewPerson person : plan.people()) {
            PersonOverview created = administration.createPerson(person.key(), person.name(), person.email(),
                    person.jobTitle());
            personIds.put(person.key(), created.id());
        }
        for (OnboardingPlan.Place place : plan.places()) {
            administration.addToTeam(teamIds.get(place.teamKey()), personIds.get(place.personKey()), place.role());
        }
        List<IssuedInvitation> invitations = new ArrayList<>();
        for (OnboardingPlan.NewLogin login : plan.logins()) {
            invitations.add(logins.invite(personIds.get(login.personKey()), login.login(), login.tenantAdmin()));
        }
        String name = fileName == null || fileName.isBlank() ? "upload.xlsx" : fileName.strip();
        events.publishEvent(AdminChange.of(AdminChange.Kind.IMPORT, "imported", name, null,
                AdminChange.word("audit.word.teams") + ": " + plan.teams().size() + ", "
                        + AdminChange.word("audit.word.people") + ": " + plan.people().size() + ", "
                        + AdminChange.word("audit.word.logins") + ": " + invitations.size()));
        return new OnboardingResult(name, plan.teams().size(), plan.people().size(), plan.places().size(),
                invitations);
    }

    private OnboardingPlan plan(byte[] content) {
        Set<String> teams = administration.teams().stream().map(TeamOverview::key).collect(Collectors.toSet());
        Set<String> people = administration.people().stream().map(PersonOverview::key).collect(Collectors.toSet());
        return new OnboardingCheck(teams, people, logins).check(OnboardingWorkbook.read(content, limits));
    }
}
