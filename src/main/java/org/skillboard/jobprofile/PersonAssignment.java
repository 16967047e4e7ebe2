package org.skillboard.jobprofile;

/** A person and the job profile they have ({@code null} ids when none). */
public record PersonAssignment(long personId, String name, String jobTitle, Long profileId) {
}
