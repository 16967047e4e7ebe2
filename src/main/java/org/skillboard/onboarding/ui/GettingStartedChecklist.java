package org.skillboard.onboarding.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.skillboard.onboarding.GettingStarted;

/**
 * The getting-started checklist of a tenant admin's start page: teams, people, logins, frameworks, job
 * profiles and first assessments, each ticked once the tenant has one, with a link to where it is done. It
 * folds away like any details section, and is not shown at all once every step is done.
 */
public final class GettingStartedChecklist extends Details {

    /** A step as the checklist shows it: its text's key, whether it is done, and the page that does it. */
    public record Step(String textKey, boolean done, String route) {
    }

    private final List<Step> steps;

    public GettingStartedChecklist(GettingStarted.Checklist checklist) {
        steps = List.of(
                new Step("getting-started.teams", checklist.hasTeams(), "admin/teams"),
                new Step("getting-started.people", checklist.hasPeople(), "admin/people"),
                new Step("getting-started.logins", checklist.hasLogins(), "admin/accounts"),
                new Step("getting-started.frameworks", checklist.hasFrameworks(), "admin/frameworks"),
                new Step("getting-started.job-profiles", checklist.hasJobProfiles(), "admin/job-profiles"),
                new Step("getting-started.assessments", checklist.hasAssessments(), "assessments/upload"));
        addClassName("sb-getting-started");
        long done = steps.stream().filter(Step::done).count();
        setSummaryText(getTranslation("getting-started.title") + " · "
                + getTranslation("getting-started.progress", done, steps.size()));
        UnorderedList list = new UnorderedList();
        list.addClassName("sb-checklist");
        list.getStyle().set("list-style", "none").set("padding-left", "0");
        for (Step step : steps) {
            ListItem item = new ListItem(step.done() ? VaadinIcon.CHECK_CIRCLE.create()
                    : VaadinIcon.CIRCLE_THIN.create(), new Span(" "), new Anchor(step.route(),
                    getTranslation(step.textKey())));
            item.addClassName(step.done() ? "sb-step-done" : "sb-step-open");
            list.add(item);
        }
        Paragraph intro = new Paragraph(getTranslation("getting-started.intro"));
        intro.addClassName("sb-muted");
        add(intro, list);
        setOpened(true);
        setVisible(done < steps.size());
    }

    /** The steps in their order, each with whether it is done. */
    public List<Step> steps() {
        return steps;
    }
}
