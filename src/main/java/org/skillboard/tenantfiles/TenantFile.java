package org.skillboard.tenantfiles;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A tenant defined as code: the content of one {@code tenants/<slug>/tenant.yaml}, validated. */
record TenantFile(String slug, String name, Locale locale, boolean demo, String demoPassword, List<Admin> admins,
        List<PersonEntry> people, List<TeamEntry> teams, List<String> frameworks, List<JobProfileEntry> jobProfiles) {

    record Admin(String login, String name, String personKey, String passwordHash) {
    }

    record PersonEntry(String key, String name, String email, String jobTitle, String login, String passwordHash,
            String jobProfile) {
    }

    /**
     * A job profile and the level it requires per item, items named {@code family/item-code}.
     *
     * @param line where the profile starts in the file, for messages about its items
     */
    record JobProfileEntry(String key, String name, String description, Map<String, String> requires, int line) {
    }

    record TeamEntry(String key, String name, List<String> leads, List<String> members) {
    }
}
