package org.skillboard.jobprofile;

/** A skill or criterion as targets and assessments name it: framework family and item code. */
public record ItemRef(String family, String itemCode) {
}
