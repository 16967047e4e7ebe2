package org.skillboard.assessment;

/** Person, item and kind: what {@code latest} is counted per. */
record LevelKey(long personId, String family, String itemCode, AssessmentKind kind) {

    static LevelKey of(LevelFact fact) {
        return new LevelKey(fact.personId(), fact.family(), fact.itemCode(), fact.kind());
    }

    static LevelKey of(Assessment assessment) {
        return new LevelKey(assessment.getPersonId(), assessment.item().family(), assessment.item().itemCode(),
                assessment.getKind());
    }

    static LevelKey of(NewAssessment row) {
        return new LevelKey(row.personId(), row.item().family(), row.item().itemCode(), row.kind());
    }

    ItemKey itemKey() {
        return new ItemKey(personId, family, itemCode);
    }

    /** Person and item: what {@code shown} is counted per. */
    record ItemKey(long personId, String family, String itemCode) {
    }
}
