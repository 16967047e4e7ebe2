package org.skillboard.myskills;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a member has to look at, read once for her start page: the items her job profile or her own targets
 * need where she is below target (each with what the next level asks for), the items they need that she has
 * not assessed herself yet, and what her lead changed since her previous visit.
 *
 * @param linked whether the signed-in user is a person at all; when not, nothing else is filled in
 * @param targets how many items have a target for her
 * @param previousVisit when she saw her start page before this visit, {@code null} on her first visit
 */
public record MemberAgenda(boolean linked, int targets, List<MySkills.Line> belowTarget, List<MySkills.Line> notAssessed,
        List<Change> changes, Instant previousVisit) {

    static MemberAgenda unlinked() {
        return new MemberAgenda(false, 0, List.of(), List.of(), List.of(), null);
    }

    public boolean firstVisit() {
        return previousVisit == null;
    }

    /**
     * An item her lead assessed since her previous visit: the newest such assessment, and the level her lead
     * had given before it.
     *
     * @param was the lead's level before, {@code null} when there was none
     * @param by who assessed, {@code null} when it came from a file
     * @param accepted whether the lead accepted her self-assessment as it was
     */
    public record Change(MySkills.Line line, String level, String was, String by, LocalDate assessedOn,
            boolean accepted) {
    }
}
