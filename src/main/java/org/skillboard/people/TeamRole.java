package org.skillboard.people;

/** A person's place in one team. */
public enum TeamRole {
    LEAD, MEMBER
}
