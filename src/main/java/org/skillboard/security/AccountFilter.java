package org.skillboard.security;

/**
 * What the accounts page shows: text in the login or name, a status, administrators
 * only or everyone but them, accounts with or without a person. {@code null} means any.
 */
public record AccountFilter(String text, AccountStatus status, Boolean admins, Boolean withPerson) {

    public static final AccountFilter ALL = new AccountFilter("", null, null, null);

    String pattern() {
        String trimmed = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return "%" + trimmed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
