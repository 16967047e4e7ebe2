package org.skillboard.framework;

import java.util.List;

/**
 * One framework for reading: everything it says, plus the same family in the
 * tenant's other languages, so that a reader can switch the language of the texts.
 */
public record FrameworkDetail(FrameworkSummary summary, FrameworkDefinition content,
        List<FrameworkSummary> translations) {
}
