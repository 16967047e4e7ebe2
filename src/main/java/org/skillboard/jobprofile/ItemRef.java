package org.skillboard.jobprofile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A skill or criterion as targets and assessments name it: framework family and item code. */
@Embeddable
public record ItemRef(@Column(name = "family", nullable = false, updatable = false) String family,
        @Column(name = "item_code", nullable = false, updatable = false) String itemCode) {
}
