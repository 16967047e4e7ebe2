package org.skillboard.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import org.skillboard.heatmap.LeadAgendaService;
import org.skillboard.myskills.MemberAgenda;
import org.skillboard.myskills.MySkillsService;
import org.skillboard.onboarding.GettingStarted;
import org.skillboard.onboarding.ui.GettingStartedChecklist;
import org.skillboard.people.PeopleCounts;
import org.skillboard.people.PeopleService;
import org.skillboard.people.PersonProfile;
import org.skillboard.people.TeamOverview;
import org.skillboard.people.TeamPerson;
import org.skillboard.platform.ui.TenantsView;
import org.skillboard.security.AccountService;
import org.skillboard.security.CurrentUser;
import org.skillboard.security.Roles;
import org.skillboard.security.SkillboardUser;
import org.skillboard.tenant.TenantService;
import org.skillboard.tenant.TenantSummary;

/** The start page: what matters first for each role. */
@Route("")
@Menu(title = "menu.home", order = 0, icon = "HOME")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    /** A team card names this many members; big teams are for the heatmap. */
    private static final int MEMBERS_LISTED = 8;

    HomeView(PeopleService people, TenantService tenants, AccountService accounts, GettingStarted gettingStarted,
            LeadAgendaService agendas, MySkillsService mySkills) {
        addClassName("sb-page");
        SkillboardUser me = CurrentUser.require();
        add(new H2(getTranslation("home.welcome", me.displayName())));
        String roles = me.roles().stream().sorted().map(role -> getTranslation("role." + role))
                .collect(Collectors.joining(", "));
        Paragraph roleLine = new Paragraph(getTranslation("home.roles", roles));
        roleLine.addClassName("sb-muted");
        add(roleLine);

        if (me.hasRole(Roles.PLATFORM_ADMIN)) {
            add(platformSection(tenants.list()));
        }
        if (me.hasRole(Roles.TENANT_ADMIN)) {
            PeopleCounts counts = people.counts();
            add(new H3(getTranslation("home.admin.heading")),
                    new Paragraph(getTranslation("home.admin.summary", counts.people(), counts.teams(),
                            accounts.countAccounts())));
            add(new GettingStartedChecklist(gettingStarted.checklist()));
        }
        if (me.hasRole(Roles.TEAM_LEAD)) {
            add(new LeadAgendaPanel(agendas));
        }
        if (me.personId() != null && !me.isPlatformAdmin()) {
            MemberAgenda mine = mySkills.agenda(getLocale());
            // a lead whose own role sets her nothing is spared an empty list about herself
            if (mine.linked() && (!me.hasRole(Roles.TEAM_LEAD) || mine.targets() > 0 || !mine.changes().isEmpty())) {
                add(new MemberAgendaPanel(mine));
            }
        }
        if (me.hasRole(Roles.TEAM_LEAD) || me.hasRole(Roles.TENANT_ADMIN)) {
            add(teamsSection(people.myTeams(), me.hasRole(Roles.TEAM_LEAD) && !me.hasRole(Roles.TENANT_ADMIN)));
        }
        if (!me.isPlatformAdmin()) {
            add(profileSection(people));
        }
    }

    private Component platformSection(List<TenantSummary> all) {
        long active = all.stream().filter(TenantSummary::active).count();
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("home.platform.heading")),
                new Paragraph(getTranslation("home.platform.summary", all.size(), active, all.size() - active)),
                new RouterLink(getTranslation("home.platform.manage"), TenantsView.class));
        section.setPadding(false);
        return section;
    }

    private Component teamsSection(List<TeamOverview> teams, boolean leadOnly) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("home.lead.heading")));
        section.setPadding(false);
        if (teams.isEmpty() && leadOnly) {
            section.add(new Paragraph(getTranslation("home.lead.none")));
            return section;
        }
        Div cards = new Div();
        cards.addClassName("sb-cards");
        for (TeamOverview team : teams) {
            Card card = new Card();
            card.setTitle(team.name());
            card.setSubtitle(new Span(getTranslation("home.team.leads",
                    team.leads().stream().map(TeamPerson::name).collect(Collectors.joining(", ")))));
            UnorderedList members = new UnorderedList();
            team.members().stream().limit(MEMBERS_LISTED).forEach(person -> members.add(new ListItem(person.name()
                    + (person.jobTitle() == null ? "" : " · " + person.jobTitle()))));
            if (team.members().size() > MEMBERS_LISTED) {
                members.add(new ListItem(getTranslation("home.team.more", team.members().size() - MEMBERS_LISTED)));
            }
            Span count = new Span(getTranslation("home.team.people", team.leads().size() + team.members().size()));
            count.addClassName("sb-muted");
            Anchor heatmap = new Anchor("heatmap?team=" + team.id(), getTranslation("home.team.heatmap"));
            card.add(count, members);
            card.addToFooter(heatmap);
            cards.add(card);
        }
        section.add(cards);
        return section;
    }

    private Component profileSection(PeopleService people) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("home.member.heading")));
        section.setPadding(false);
        PersonProfile profile = people.myProfile().orElse(null);
        if (profile == null) {
            section.add(new Paragraph(getTranslation("home.member.no-person")));
            return section;
        }
        section.add(new Paragraph(profile.name() + (profile.jobTitle() == null ? "" : " · " + profile.jobTitle())));
        if (profile.teams().isEmpty()) {
            section.add(new Paragraph(getTranslation("home.member.no-team")));
        } else {
            UnorderedList teams = new UnorderedList();
            profile.teams().forEach(place -> teams.add(new ListItem(getTranslation("home.member.team-place",
                    place.teamName(), String.join(", ", place.leads())))));
            section.add(new Span(getTranslation("home.member.teams")), teams);
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · " + getTranslation("app.name");
    }
}
