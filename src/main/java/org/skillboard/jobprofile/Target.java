package org.skillboard.jobprofile;

/** The level a person should reach in an item, and where that comes from. */
public record Target(ItemRef item, String levelCode, Source source) {

    public enum Source {
        /** The person's job profile. */
        JOB_PROFILE,
        /** Set for this person; wins over the job profile. */
        PERSON
    }
}
