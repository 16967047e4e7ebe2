package org.skillboard.maturity;

/**
 * A completed maturity worksheet that comes from a tenant's files (demo data): the unit
 * named by team key ({@code null} for the whole organisation), the assessor by person key.
 */
public record ProvisionedMaturityAssessment(String family, String teamKey, String assessorKey,
        WorksheetAnswers answers) {
}
