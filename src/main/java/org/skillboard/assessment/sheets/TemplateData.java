package org.skillboard.assessment.sheets;

import java.util.List;
import java.util.Map;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.framework.CatalogueItem;

/**
 * What a team's assessment template holds: its people (by key, with names), the skills and
 * criteria of the tenant's frameworks, and each person's current level of the kind the
 * template records (a lead's: manager; a member's: self), to be overwritten where it changed.
 *
 * @param levels current level by person key, then by "family/item code"
 */
public record TemplateData(long tenantId, String title, AssessmentKind kind, List<Person> people,
        List<CatalogueItem> items, Map<String, Map<String, String>> levels) {

    public record Person(String key, String name) {
    }

    static String itemKey(String family, String itemCode) {
        return family + "/" + itemCode;
    }
}
