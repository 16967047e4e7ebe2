package org.skillboard.assessment;

/** Who assessed: the person, their team lead, or (where the tenant allows it) a peer. */
public enum AssessmentKind {
    SELF, MANAGER, PEER
}
