package org.skillboard.tenantfiles;

import java.util.List;
import java.util.Locale;

/** A tenant defined as code: the content of one {@code tenants/<slug>/tenant.yaml}, validated. */
record TenantFile(String slug, String name, Locale locale, boolean demo, String demoPassword, List<Admin> admins,
        List<PersonEntry> people, List<TeamEntry> teams, List<String> frameworks) {

    record Admin(String login, String name, String personKey, String passwordHash) {
    }

    record PersonEntry(String key, String name, String email, String jobTitle, String login, String passwordHash) {
    }

    record TeamEntry(String key, String name, List<String> leads, List<String> members) {
    }
}
