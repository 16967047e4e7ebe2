package org.skillboard.tenantfiles;

import static org.skillboard.base.yaml.YamlNode.optional;
import static org.skillboard.base.yaml.YamlNode.required;

import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.skillboard.base.yaml.YamlNode;
import org.skillboard.base.yaml.YamlProblems;

/**
 * Reads and checks a {@code tenant.yaml} (format: docs/tenant-format.md). Every
 * problem is reported with file, line and field; a file with any problem is not used.
 */
final class TenantFileReader {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9._%+-]+(@[a-z0-9.-]+)?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final int MIN_DEMO_PASSWORD = 8;
    /** The longest values the database holds (see the migrations). */
    private static final int MAX_NAME = 200;
    private static final int MAX_EMAIL = 254;
    private static final int MAX_LOGIN = 190;
    private static final int MAX_HASH = 255;
    private static final int MAX_LOCALE = 20;

    private static final Set<String> TENANT_FIELDS = Set.of("slug", "name", "locale", "demo", "demo-password",
            "frameworks", "job-profiles", "admins", "people", "teams", "assessment-settings", "periods",
            "assessments", "maturity-assessments", "generated-team");
    private static final Set<String> ADMIN_FIELDS = Set.of("login", "name", "person", "password-hash");
    private static final Set<String> PERSON_FIELDS = Set.of("key", "name", "email", "job-title", "login",
            "password-hash", "job-profile");
    private static final Set<String> JOB_PROFILE_FIELDS = Set.of("key", "name", "description", "requires");
    private static final Pattern ITEM_REF = Pattern.compile("[a-z0-9][a-z0-9-]*/[\\p{L}\\p{N}][\\p{L}\\p{N}._+-]*");
    private static final Set<String> TEAM_FIELDS = Set.of("key", "name", "leads", "members");
    private static final Set<String> SETTINGS_FIELDS = Set.of("review-interval-months", "peer-assessments");
    private static final Set<String> PERIOD_FIELDS = Set.of("key", "name", "starts", "ends");
    private static final Set<String> GENERATED_TEAM_FIELDS = Set.of("key", "name", "size", "lead", "job-profile",
            "seed", "periods");
    /** Period keys as the assessment service accepts them. */
    private static final Pattern PERIOD_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    /** A file next to tenant.yaml, named without folders. */
    private static final Pattern SIBLING_FILE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}\\.ya?ml");
    private static final int DEFAULT_REVIEW_INTERVAL = 12;
    private static final int MAX_REVIEW_INTERVAL = 60;
    private static final int MAX_GENERATED = 5000;

    private TenantFileReader() {
    }

    /**
     * The tenant with the assessments and maturity assessments of the files it names, or
     * empty with the problems of all its files added.
     *
     * @param files gives the content of a file next to {@code tenant.yaml} by name, empty if there is none
     * @param today no assessment may be dated after it
     */
    static Optional<TenantFile> read(String fileName, String folderName, Reader reader,
            Function<String, Optional<String>> files, LocalDate today, YamlProblems problems) {
        Optional<YamlNode> root = YamlNode.parse(fileName, reader, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Map<String, YamlNode> fields = root.get().fields(TENANT_FIELDS, problems);
        String slug = required(root.get(), fields, "slug", problems);
        if (slug != null && !SLUG.matcher(slug).matches()) {
            problems.add(fields.get("slug"), "“" + slug + "” is not a slug: lower-case letters, digits, hyphens");
        } else if (slug != null && !slug.equals(folderName)) {
            problems.add(fields.get("slug"), "must equal the folder name “" + folderName + "”");
        }
        String name = atMost(MAX_NAME, fields.get("name"), required(root.get(), fields, "name", problems), problems);
        Locale locale = locale(root.get(), fields, problems);
        boolean demo = fields.containsKey("demo") && fields.get("demo").bool(problems);
        String demoPassword = null;
        if (fields.containsKey("demo-password")) {
            demoPassword = fields.get("demo-password").text(problems);
            if (!demo) {
                problems.add(fields.get("demo-password"), "only a demo tenant (demo: true) may have a demo password");
            } else if (demoPassword != null && demoPassword.length() < MIN_DEMO_PASSWORD) {
                problems.add(fields.get("demo-password"), "must have at least " + MIN_DEMO_PASSWORD + " characters");
            }
        } else if (demo) {
            problems.add(root.get(), "a demo tenant needs a demo-password for its demo logins");
        }

        Set<String> logins = new HashSet<>();
        List<TenantFile.JobProfileEntry> jobProfiles = jobProfiles(fields.get("job-profiles"), problems);
        Set<String> profileKeys = new HashSet<>();
        jobProfiles.forEach(profile -> profileKeys.add(profile.key()));
        List<TenantFile.PersonEntry> people = people(fields.get("people"), demo, logins, profileKeys, problems);
        Set<String> personKeys = new HashSet<>();
        people.forEach(person -> personKeys.add(person.key()));
        List<TenantFile.Admin> admins = admins(fields.get("admins"), demo, logins, personKeys, problems);
        List<TenantFile.TeamEntry> teams = teams(fields.get("teams"), personKeys, problems);
        List<String> frameworks = frameworks(fields.get("frameworks"), problems);
        TenantFile.AssessmentSettingsEntry settings = assessmentSettings(fields.get("assessment-settings"),
                problems);
        List<TenantFile.PeriodEntry> periods = periods(fields.get("periods"), problems);
        TenantFile.GeneratedTeamEntry generatedTeam = generatedTeam(fields.get("generated-team"), demo, personKeys,
                teams, profileKeys, periods, problems);

        String assessmentsLabel = null;
        List<TenantFile.AssessmentEntry> assessments = List.of();
        Optional<Sibling> assessmentsFile = siblingFile(fields.get("assessments"), "assessments.yaml", files,
                problems);
        if (assessmentsFile.isPresent()) {
            assessmentsLabel = sibling(fileName, folderName, assessmentsFile.get().name());
            boolean peers = settings != null && settings.peerAssessments();
            assessments = AssessmentFileReader.read(assessmentsLabel,
                    new StringReader(assessmentsFile.get().content()),
                    new AssessmentFileReader.Context(personKeys, teams, periods, peers, today), problems);
        }
        TenantFile.MaturityFile maturity = null;
        Optional<Sibling> maturityFile = siblingFile(fields.get("maturity-assessments"), "maturity.yaml", files,
                problems);
        if (maturityFile.isPresent()) {
            Set<String> adminPersons = new HashSet<>();
            admins.stream().map(TenantFile.Admin::personKey).filter(java.util.Objects::nonNull)
                    .forEach(adminPersons::add);
            maturity = MaturityFileReader.read(sibling(fileName, folderName, maturityFile.get().name()),
                    new StringReader(maturityFile.get().content()),
                    new MaturityFileReader.Context(personKeys, teams, adminPersons, generatedTeam, today), problems);
        }

        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TenantFile(slug, name, locale, demo, demoPassword, admins, people, teams,
                frameworks, jobProfiles, settings, periods, assessmentsLabel, assessments, generatedTeam, maturity));
    }

    /**
     * The content of the file next to tenant.yaml that a field names; empty, with a problem
     * on the field, when the name is not a plain file name or there is no such file, and
     * empty when the field is not given.
     *
     * @param example a name such a file could have, for the message
     */
    private static Optional<Sibling> siblingFile(YamlNode field, String example,
            Function<String, Optional<String>> files, YamlProblems problems) {
        if (field == null) {
            return Optional.empty();
        }
        String name = field.text(problems);
        if (name == null) {
            return Optional.empty();
        }
        if (!SIBLING_FILE.matcher(name).matches()) {
            problems.add(field, "“" + name + "” is not a file name next to tenant.yaml, such as " + example
                    + ": lower-case letters, digits, . _ -, ending in .yaml");
            return Optional.empty();
        }
        Optional<String> content = files.apply(name);
        if (content.isEmpty()) {
            problems.add(field, "there is no file “" + name + "” next to tenant.yaml");
        }
        return content.map(text -> new Sibling(name, text));
    }

    /** A file next to tenant.yaml, by name. */
    private record Sibling(String name, String content) {
    }

    /** How a file next to tenant.yaml is named in messages: as tenant.yaml is, with its own name. */
    private static String sibling(String fileName, String folderName, String name) {
        int slash = fileName.lastIndexOf('/');
        return (slash >= 0 ? fileName.substring(0, slash + 1) : folderName + "/") + name;
    }

    private static TenantFile.AssessmentSettingsEntry assessmentSettings(YamlNode node, YamlProblems problems) {
        if (node == null) {
            return null;
        }
        Map<String, YamlNode> fields = node.fields(SETTINGS_FIELDS, problems);
        int months = fields.containsKey("review-interval-months")
                ? fields.get("review-interval-months").integer(1, MAX_REVIEW_INTERVAL, problems)
                : DEFAULT_REVIEW_INTERVAL;
        boolean peers = fields.containsKey("peer-assessments") && fields.get("peer-assessments").bool(problems);
        return new TenantFile.AssessmentSettingsEntry(months, peers);
    }

    private static List<TenantFile.PeriodEntry> periods(YamlNode list, YamlProblems problems) {
        List<TenantFile.PeriodEntry> periods = new ArrayList<>();
        if (list == null) {
            return periods;
        }
        Set<String> keys = new HashSet<>();
        for (YamlNode item : list.items(problems)) {
            Map<String, YamlNode> fields = item.fields(PERIOD_FIELDS, problems);
            String key = required(item, fields, "key", problems);
            if (key != null && !PERIOD_KEY.matcher(key).matches()) {
                problems.add(fields.get("key"), "“" + key + "” is not a period key: lower-case letters, digits, "
                        + "hyphens, such as 2026-h1");
            } else if (key != null && !keys.add(key)) {
                problems.add(fields.get("key"), "duplicate period key “" + key + "”");
            }
            String name = atMost(MAX_NAME, fields.get("name"), required(item, fields, "name", problems), problems);
            LocalDate starts = date(item, fields, "starts", problems);
            LocalDate ends = date(item, fields, "ends", problems);
            if (starts != null && ends != null && ends.isBefore(starts)) {
                problems.add(fields.get("ends"), "must not be before starts (" + starts + ")");
            }
            if (key != null && name != null && starts != null && ends != null) {
                periods.add(new TenantFile.PeriodEntry(key, name, starts, ends));
            }
        }
        return periods;
    }

    /** A required date field written as an ISO date, such as 2026-01-31. */
    static LocalDate date(YamlNode owner, Map<String, YamlNode> fields, String field, YamlProblems problems) {
        String text = required(owner, fields, field, problems);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(fields.get(field), "“" + text + "” is not a date such as 2026-01-31");
            return null;
        }
    }

    /** The generated team: only for demo tenants, naming people, profiles and periods of the file. */
    private static TenantFile.GeneratedTeamEntry generatedTeam(YamlNode node, boolean demo, Set<String> personKeys,
            List<TenantFile.TeamEntry> teams, Set<String> profileKeys, List<TenantFile.PeriodEntry> periods,
            YamlProblems problems) {
        if (node == null) {
            return null;
        }
        if (!demo) {
            problems.add(node, "only a demo tenant (demo: true) may have a generated team: its people and "
                    + "assessments are made up");
        }
        Map<String, YamlNode> fields = node.fields(GENERATED_TEAM_FIELDS, problems);
        Set<String> teamKeys = new HashSet<>();
        teams.forEach(team -> teamKeys.add(team.key()));
        String key = key(node, fields, teamKeys, "team", problems);
        String name = atMost(MAX_NAME, fields.get("name"), required(node, fields, "name", problems), problems);
        int size = 0;
        if (!fields.containsKey("size")) {
            problems.add(node, "missing field “size”");
        } else {
            size = fields.get("size").integer(1, MAX_GENERATED, problems);
        }
        String lead = required(node, fields, "lead", problems);
        if (lead != null && !personKeys.contains(lead)) {
            problems.add(fields.get("lead"), "no person with the key “" + lead + "” in people");
        }
        String jobProfile = required(node, fields, "job-profile", problems);
        if (jobProfile != null && !profileKeys.contains(jobProfile)) {
            problems.add(fields.get("job-profile"), "no job profile with the key “" + jobProfile
                    + "” in job-profiles");
        }
        long seed = 0;
        if (!fields.containsKey("seed")) {
            problems.add(node, "missing field “seed”");
        } else {
            seed = fields.get("seed").integer(Integer.MIN_VALUE, Integer.MAX_VALUE, problems);
        }
        Set<String> periodKeys = new HashSet<>();
        periods.forEach(period -> periodKeys.add(period.key()));
        List<String> generatedPeriods = new ArrayList<>();
        if (fields.containsKey("periods")) {
            for (YamlNode item : fields.get("periods").items(problems)) {
                String period = item.text(problems);
                if (period != null && !periodKeys.contains(period)) {
                    problems.add(item, "no period with the key “" + period + "” in periods");
                } else if (period != null && generatedPeriods.contains(period)) {
                    problems.add(item, "period “" + period + "” is listed twice");
                } else if (period != null) {
                    generatedPeriods.add(period);
                }
            }
        }
        for (String personKey : personKeys.stream().sorted().toList()) {
            if (GeneratedTeam.isGeneratedKey(personKey, size)) {
                problems.add(node, "the generated people are " + GeneratedTeam.personKey(1) + " to "
                        + GeneratedTeam.personKey(size) + ", but “" + personKey + "” is a key in people");
                break;
            }
        }
        return new TenantFile.GeneratedTeamEntry(key, name, size, lead, jobProfile, seed, generatedPeriods,
                node.line());
    }

    /** Job profiles; whether their items and levels exist is checked against the frameworks when they load. */
    private static List<TenantFile.JobProfileEntry> jobProfiles(YamlNode list, YamlProblems problems) {
        List<TenantFile.JobProfileEntry> profiles = new ArrayList<>();
        if (list == null) {
            return profiles;
        }
        Set<String> keys = new HashSet<>();
        for (YamlNode item : list.items(problems)) {
            Map<String, YamlNode> fields = item.fields(JOB_PROFILE_FIELDS, problems);
            String key = key(item, fields, keys, "job profile", problems);
            String name = atMost(MAX_NAME, fields.get("name"), required(item, fields, "name", problems), problems);
            Map<String, String> requires = new java.util.LinkedHashMap<>();
            if (fields.containsKey("requires")) {
                fields.get("requires").fields(problems).forEach((ref, level) -> {
                    if (!ITEM_REF.matcher(ref).matches()) {
                        problems.add(level, "“" + ref + "” does not name an item as family/item-code, as in sfia-9/CSMG");
                    }
                    requires.put(ref, level.text(problems));
                });
            }
            profiles.add(new TenantFile.JobProfileEntry(key, name, optional(fields, "description", problems),
                    requires, item.line()));
        }
        return profiles;
    }

    /** The ids of the framework files in the tenant's frameworks/ folder. */
    private static List<String> frameworks(YamlNode list, YamlProblems problems) {
        List<String> ids = new ArrayList<>();
        if (list == null) {
            return ids;
        }
        for (YamlNode item : list.items(problems)) {
            String id = item.text(problems);
            if (id != null && !SLUG.matcher(id).matches()) {
                problems.add(item, "“" + id + "” is not a framework id: lower-case letters, digits and hyphens");
            } else if (id != null && ids.contains(id)) {
                problems.add(item, "framework “" + id + "” is listed twice");
            } else if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static List<TenantFile.PersonEntry> people(YamlNode list, boolean demo, Set<String> logins,
            Set<String> profileKeys, YamlProblems problems) {
        List<TenantFile.PersonEntry> people = new ArrayList<>();
        if (list == null) {
            return people;
        }
        Set<String> keys = new HashSet<>();
        for (YamlNode item : list.items(problems)) {
            Map<String, YamlNode> fields = item.fields(PERSON_FIELDS, problems);
            String key = key(item, fields, keys, "person", problems);
            String name = atMost(MAX_NAME, fields.get("name"), required(item, fields, "name", problems), problems);
            String email = optional(fields, "email", problems);
            if (email != null && !EMAIL.matcher(email).matches()) {
                problems.add(fields.get("email"), "“" + email + "” is not an e-mail address");
            } else {
                atMost(MAX_EMAIL, fields.get("email"), email, problems);
            }
            String jobTitle = atMost(MAX_NAME, fields.get("job-title"), optional(fields, "job-title", problems),
                    problems);
            String login = login(fields, logins, problems);
            String hash = passwordHash(item, fields, login, demo, problems);
            String jobProfile = optional(fields, "job-profile", problems);
            if (jobProfile != null && !profileKeys.contains(jobProfile)) {
                problems.add(fields.get("job-profile"), "no job profile with the key “" + jobProfile + "” in job-profiles");
            }
            people.add(new TenantFile.PersonEntry(key, name, email, jobTitle, login, hash, jobProfile));
        }
        return people;
    }

    private static List<TenantFile.Admin> admins(YamlNode list, boolean demo, Set<String> logins,
            Set<String> personKeys, YamlProblems problems) {
        List<TenantFile.Admin> admins = new ArrayList<>();
        if (list == null) {
            return admins;
        }
        for (YamlNode item : list.items(problems)) {
            Map<String, YamlNode> fields = item.fields(ADMIN_FIELDS, problems);
            String login = login(fields, logins, problems);
            if (login == null && !fields.containsKey("login")) {
                problems.add(item, "an admin needs a login");
            }
            String name = atMost(MAX_NAME, fields.get("name"), required(item, fields, "name", problems), problems);
            String person = optional(fields, "person", problems);
            if (person != null && !personKeys.contains(person)) {
                problems.add(fields.get("person"), "no person with the key “" + person + "” in people");
            }
            admins.add(new TenantFile.Admin(login, name, person, passwordHash(item, fields, login, demo, problems)));
        }
        return admins;
    }

    private static List<TenantFile.TeamEntry> teams(YamlNode list, Set<String> personKeys, YamlProblems problems) {
        List<TenantFile.TeamEntry> teams = new ArrayList<>();
        if (list == null) {
            return teams;
        }
        Set<String> keys = new HashSet<>();
        for (YamlNode item : list.items(problems)) {
            Map<String, YamlNode> fields = item.fields(TEAM_FIELDS, problems);
            String key = key(item, fields, keys, "team", problems);
            String name = atMost(MAX_NAME, fields.get("name"), required(item, fields, "name", problems), problems);
            List<String> leads = personRefs(fields.get("leads"), personKeys, problems);
            List<String> members = personRefs(fields.get("members"), personKeys, problems);
            teams.add(new TenantFile.TeamEntry(key, name, leads, members));
        }
        return teams;
    }

    private static List<String> personRefs(YamlNode list, Set<String> personKeys, YamlProblems problems) {
        List<String> refs = new ArrayList<>();
        if (list == null) {
            return refs;
        }
        for (YamlNode item : list.items(problems)) {
            String ref = item.text(problems);
            if (ref != null && !personKeys.contains(ref)) {
                problems.add(item, "no person with the key “" + ref + "” in people");
            }
            refs.add(ref);
        }
        return refs;
    }

    private static String key(YamlNode item, Map<String, YamlNode> fields, Set<String> seen, String what,
            YamlProblems problems) {
        String key = required(item, fields, "key", problems);
        if (key != null && !KEY.matcher(key).matches()) {
            problems.add(fields.get("key"), "“" + key + "” is not a key: lower-case letters, digits, . _ -");
        } else if (key != null && !seen.add(key)) {
            problems.add(fields.get("key"), "duplicate " + what + " key “" + key + "”");
        }
        return key;
    }

    private static String login(Map<String, YamlNode> fields, Set<String> logins, YamlProblems problems) {
        String login = optional(fields, "login", problems);
        if (login == null) {
            return null;
        }
        if (!LOGIN.matcher(login).matches()) {
            problems.add(fields.get("login"), "“" + login + "” is not a login: lower-case e-mail address expected");
        } else if (login.length() > MAX_LOGIN) {
            problems.add(fields.get("login"), "must have at most " + MAX_LOGIN + " characters");
        } else if (!logins.add(login)) {
            problems.add(fields.get("login"), "duplicate login “" + login + "”");
        }
        return login;
    }

    /** Real tenants bring password hashes; demo tenants share their demo password. */
    private static String passwordHash(YamlNode item, Map<String, YamlNode> fields, String login, boolean demo,
            YamlProblems problems) {
        String hash = optional(fields, "password-hash", problems);
        if (hash != null && !hash.matches("\\{[a-z0-9]+}.+")) {
            problems.add(fields.get("password-hash"), "expected an encoded hash such as {bcrypt}$2a$10$...");
        } else {
            atMost(MAX_HASH, fields.get("password-hash"), hash, problems);
        }
        if (login != null && hash == null && !demo) {
            problems.add(item, "a login of a tenant that is not a demo needs a password-hash");
        }
        return hash;
    }

    private static Locale locale(YamlNode root, Map<String, YamlNode> fields, YamlProblems problems) {
        String tag = required(root, fields, "locale", problems);
        if (tag == null) {
            return Locale.ENGLISH;
        }
        if (tag.length() > MAX_LOCALE) {
            problems.add(fields.get("locale"), "must have at most " + MAX_LOCALE + " characters");
            return Locale.ENGLISH;
        }
        try {
            return new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            problems.add(fields.get("locale"), "“" + tag + "” is not a language tag such as pt-PT");
            return Locale.ENGLISH;
        }
    }

    /** The value, with a problem if the database cannot hold it. */
    private static String atMost(int max, YamlNode node, String value, YamlProblems problems) {
        if (value != null && value.length() > max) {
            problems.add(node, "must have at most " + max + " characters");
        }
        return value;
    }


}
