package org.skillboard.heatmap;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.skillboard.assessment.AssessmentEntry;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.framework.ItemLevels;
import org.skillboard.jobprofile.Target;

/**
 * One heatmap cell opened: the person's history in the item, the level texts, the
 * target, and what the signed-in user may record.
 *
 * @param target the person's target, or {@code null}
 * @param mayRecord kinds of assessment the signed-in user may record for this person
 */
public record CellDetail(long personId, String personName, ItemLevels item, Target target,
        List<AssessmentEntry> history, Set<AssessmentKind> mayRecord, LocalDate staleBefore) {

    /** The newest assessment of a kind. */
    public Optional<AssessmentEntry> current(AssessmentKind kind) {
        return history.stream().filter(entry -> entry.kind() == kind && entry.latest()).findFirst();
    }

    /** A lead may accept the self-assessment when there is one her own assessment does not already match. */
    public boolean mayAcceptSelfAssessment() {
        Optional<AssessmentEntry> self = current(AssessmentKind.SELF);
        Optional<AssessmentEntry> manager = current(AssessmentKind.MANAGER);
        return mayRecord.contains(AssessmentKind.MANAGER) && self.isPresent()
                && (manager.isEmpty() || !manager.get().levelCode().equals(self.get().levelCode())
                        || manager.get().assessedOn().isBefore(self.get().assessedOn()));
    }

    /**
     * What the next level asks for: the level after the one the person holds now (by her lead's
     * assessment, else her own), the first level when she has none, nothing at the top.
     */
    public Optional<ItemLevels.LevelText> nextLevel() {
        return item.after(current(AssessmentKind.MANAGER).or(() -> current(AssessmentKind.SELF))
                .map(AssessmentEntry::levelCode).orElse(null));
    }

    public Optional<ItemLevels.LevelText> level(String code) {
        return item.levels().stream().filter(level -> level.code().equals(code)).findFirst();
    }
}
