package org.skillboard.myskills;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.framework.ItemLevels;
import org.skillboard.jobprofile.ItemRef;

/**
 * What the signed-in person's own page shows: every item her job profile or her own targets need and every
 * other item she has been assessed in, grouped by framework, each with her current level, her own latest
 * level, her target and what the next level asks for.
 *
 * @param linked whether the signed-in user is a person at all; when not, nothing else is filled in
 * @param jobProfile the name of her job profile, or {@code null}
 * @param staleBefore assessments made before this day are stale
 * @param today the day self-assessments are recorded on
 */
public record MySkills(boolean linked, long personId, String personName, String jobProfile, LocalDate staleBefore,
        LocalDate today, List<FrameworkGroup> frameworks) {

    static MySkills unlinked(LocalDate today) {
        return new MySkills(false, 0, null, null, today, today, List.of());
    }

    /** Every item on the page, in the order it shows them: the order the guided self-assessment walks. */
    public List<Line> lines() {
        return frameworks.stream().flatMap(group -> group.lines().stream()).toList();
    }

    /** The items of one framework, the needed ones first. */
    public record FrameworkGroup(String family, String name, List<Line> lines) {
    }

    /**
     * One item.
     *
     * @param levels the item and its levels in the reader's language where the framework has it
     * @param current the level her lead gave her, else her own; {@code null} when she has none
     * @param currentFrom which kind of assessment {@code current} is
     * @param self her own latest level, or {@code null}
     * @param target the level she should reach, or {@code null} when nothing asks for one
     * @param next the level after the current one (the first when she has none), empty at the top
     * @param history her assessments in the item, newest first
     */
    public record Line(ItemRef item, String category, ItemLevels levels, String current, AssessmentKind currentFrom,
            LocalDate assessedOn, boolean stale, String self, LocalDate selfOn, String target,
            Optional<ItemLevels.LevelText> next, List<Step> history) {

        public boolean needed() {
            return target != null;
        }

        public boolean belowTarget() {
            return target != null && indexOf(current) < indexOf(target);
        }

        public boolean selfAssessedOn(LocalDate day) {
            return selfOn != null && selfOn.equals(day);
        }

        /** The level's name as a person reads it: "3 · Apply", or the code where the scale names none. */
        public String levelName(String code) {
            return code == null ? null : levels.levels().stream().filter(level -> level.code().equals(code))
                    .findFirst().map(Line::name).orElse(code);
        }

        public static String name(ItemLevels.LevelText level) {
            return level.name() == null || level.name().equals(level.code()) ? level.code()
                    : level.code() + " · " + level.name();
        }

        private int indexOf(String code) {
            List<ItemLevels.LevelText> all = levels.levels();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).code().equals(code)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** One assessment in an item's history. */
    public record Step(LocalDate on, AssessmentKind kind, String levelCode) {
    }
}
