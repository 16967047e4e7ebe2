package org.skillboard.people;

import java.util.regex.Pattern;
import org.skillboard.base.UserFacingException;

/** What a key, name, e-mail and job title must look like; each refusal names the field and what to do. */
final class PeopleRules {

    /** The key format of tenant files, so that people created here can be named there too. */
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    // column sizes of the person and team tables
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_JOB_TITLE_LENGTH = 200;
    static final int MAX_EMAIL_LENGTH = 254;

    private PeopleRules() {
    }

    static String checkedKey(String key) {
        String trimmed = key == null ? "" : key.strip();
        if (!KEY.matcher(trimmed).matches()) {
            throw new UserFacingException("people.error.key", trimmed);
        }
        return trimmed;
    }

    static String checkedName(String name) {
        return checkedName(name, "people.error.name");
    }

    static String checkedTeamName(String name) {
        return checkedName(name, "people.error.team-name");
    }

    private static String checkedName(String name, String emptyKey) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new UserFacingException(emptyKey);
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new UserFacingException("people.error.name-too-long", MAX_NAME_LENGTH);
        }
        return trimmed;
    }

    /** Optional; when given, it must look like an address. */
    static String checkedEmail(String email) {
        String trimmed = email == null ? "" : email.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(trimmed).matches()) {
            throw new UserFacingException("people.error.email", trimmed);
        }
        return trimmed;
    }

    static String checkedJobTitle(String jobTitle) {
        String trimmed = jobTitle == null ? "" : jobTitle.strip();
        if (trimmed.length() > MAX_JOB_TITLE_LENGTH) {
            throw new UserFacingException("people.error.job-title-too-long", MAX_JOB_TITLE_LENGTH);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** A search text as a lower-case LIKE pattern for "contains", with {@code !} escaping LIKE's own signs. */
    static String containsPattern(String text) {
        if (text == null) {
            return null;
        }
        String escaped = text.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }
}
