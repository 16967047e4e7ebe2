package org.skillboard.heatmap;

import java.time.LocalDate;
import java.util.List;
import org.skillboard.jobprofile.ItemRef;

/**
 * What a team lead has to do, read once for her start page: self-assessments waiting for her review,
 * people below their target, people with stale assessments, and skills that rest on one person or nobody.
 * Each list keeps its first few entries and says how many there are in all.
 */
public record LeadAgenda(Top<Waiting> waiting, Top<PersonCount> belowTarget, Top<PersonCount> stale,
        Top<ThinSkill> thinSkills) {

    /** How many entries each list keeps: a start page points the way, the heatmap shows the rest. */
    public static final int SHOWN = 5;

    public boolean nothingToDo() {
        return waiting.total() == 0 && belowTarget.total() == 0 && stale.total() == 0 && thinSkills.total() == 0;
    }

    /** The first entries of a list and how many it has. */
    public record Top<T>(List<T> shown, int total) {

        static <T> Top<T> of(List<T> all) {
            return new Top<>(List.copyOf(all.subList(0, Math.min(SHOWN, all.size()))), all.size());
        }

        /** How many are not shown. */
        public int more() {
            return total - shown.size();
        }
    }

    /**
     * A member's self-assessment newer than (or different from) the newest manager assessment of the item.
     *
     * @param personKey her key, which a link to her cell names
     * @param managerLevel the level her lead gave, {@code null} when none
     */
    public record Waiting(long teamId, long personId, String personKey, String personName, ItemRef item,
            String itemName, String selfLevel, LocalDate selfOn, String managerLevel) {
    }

    /**
     * A person of a team and how many items she counts in a list (below target, stale).
     *
     * @param firstItem the first of those items in the heatmap's order, the cell a link opens
     */
    public record PersonCount(long teamId, long personId, String personKey, String personName, int items,
            ItemRef firstItem) {
    }

    /**
     * A skill a team needs at a level that one person holds, or nobody.
     *
     * @param holderKey the key of the one person who holds it, {@code null} when nobody does
     */
    public record ThinSkill(long teamId, String teamName, ItemRef item, String itemName, String neededLevel,
            int holders, String holderKey) {
    }
}
