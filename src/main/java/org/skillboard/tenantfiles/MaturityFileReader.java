package org.skillboard.tenantfiles;

import static org.skillboard.base.yaml.YamlNode.required;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skillboard.base.yaml.YamlNode;
import org.skillboard.base.yaml.YamlProblems;

/**
 * Reads and checks the maturity assessments file a {@code tenant.yaml} names (format:
 * docs/tenant-format.md): units, assessors and dates must be the file's and real, each
 * worksheet complete (an ambition, two or three critical changes with owner and due date).
 * Whether the model, its dimensions and its levels exist, and whether a target is below
 * today's level on the model's scale, is checked when the worksheets are loaded, against
 * the tenant's frameworks.
 */
final class MaturityFileReader {

    /** The unit that stands for the whole organisation, where a team key would stand for a team. */
    static final String ORGANISATION = "organisation";

    private static final Set<String> FILE_FIELDS = Set.of("model", "assessments");
    private static final Set<String> ENTRY_FIELDS = Set.of("unit", "assessor", "date", "levels", "ambition",
            "changes");
    private static final Set<String> CHANGE_FIELDS = Set.of("change", "owner", "due");
    private static final Pattern FAMILY = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?");
    /** Today's level, an arrow, the level in five years: {@code 2 -> 4}. */
    private static final Pattern LEVELS = Pattern.compile("(\\S+)\\s*->\\s*(\\S+)");
    /** The longest texts the database and the maturity service take (see V7__maturity_assessments.sql). */
    private static final int MAX_DIMENSION = 100;
    private static final int MAX_LEVEL = 20;
    private static final int MAX_AMBITION = 4000;
    private static final int MAX_CHANGE = 1000;
    private static final int MAX_OWNER = 200;
    /** A worksheet names two or three critical changes. */
    private static final int MIN_CHANGES = 2;
    private static final int MAX_CHANGES = 3;

    /**
     * What the worksheets are checked against, from tenant.yaml.
     *
     * @param adminPersonKeys the people who are also tenant admins (admins with a {@code person})
     * @param generatedTeam the generated team, a unit too; {@code null} when there is none
     * @param today no worksheet may be dated after it
     */
    record Context(Set<String> personKeys, List<TenantFile.TeamEntry> teams, Set<String> adminPersonKeys,
            TenantFile.GeneratedTeamEntry generatedTeam, LocalDate today) {

        Optional<TenantFile.TeamEntry> team(String key) {
            Optional<TenantFile.TeamEntry> team = teams.stream().filter(t -> key.equals(t.key())).findFirst();
            if (team.isEmpty() && generatedTeam != null && key.equals(generatedTeam.key())) {
                return Optional.of(new TenantFile.TeamEntry(generatedTeam.key(), generatedTeam.name(),
                        List.of(generatedTeam.lead()), List.of()));
            }
            return team;
        }

        /** Whether the person leads any team: team leads assess the organisation, as tenant admins do. */
        boolean leadsATeam(String personKey) {
            return teams.stream().anyMatch(team -> team.leads().contains(personKey))
                    || generatedTeam != null && personKey.equals(generatedTeam.lead());
        }
    }

    private MaturityFileReader() {
    }

    /** The file's model and worksheets, or {@code null}; problems are added, each with file, line and field. */
    static TenantFile.MaturityFile read(String fileName, Reader reader, Context context, YamlProblems problems) {
        Optional<YamlNode> root = YamlNode.parse(fileName, reader, problems);
        if (root.isEmpty()) {
            return null;
        }
        Map<String, YamlNode> fields = root.get().fields(FILE_FIELDS, problems);
        String model = required(root.get(), fields, "model", problems);
        if (model != null && !FAMILY.matcher(model).matches()) {
            problems.add(fields.get("model"), "“" + model + "” is not a model's family (the family of a framework "
                    + "of kind maturity): lower-case letters, digits, hyphens");
        }
        List<TenantFile.MaturityEntry> entries = new ArrayList<>();
        if (!fields.containsKey("assessments")) {
            problems.add(root.get(), "missing field “assessments”");
        } else {
            // unit, assessor and day: a second worksheet for these would never be loaded
            Map<String, Integer> seen = new HashMap<>();
            for (YamlNode item : fields.get("assessments").items(problems)) {
                entry(item, context, seen, problems).ifPresent(entries::add);
            }
        }
        int modelLine = fields.containsKey("model") ? fields.get("model").line() : root.get().line();
        return new TenantFile.MaturityFile(fileName, model, modelLine, entries);
    }

    private static Optional<TenantFile.MaturityEntry> entry(YamlNode item, Context context,
            Map<String, Integer> seen, YamlProblems problems) {
        Map<String, YamlNode> fields = item.fields(ENTRY_FIELDS, problems);
        String unit = required(item, fields, "unit", problems);
        boolean organisation = ORGANISATION.equals(unit);
        Optional<TenantFile.TeamEntry> team = unit == null || organisation ? Optional.empty() : context.team(unit);
        if (unit != null && !organisation && team.isEmpty()) {
            problems.add(fields.get("unit"), "no team with the key “" + unit + "” in teams of tenant.yaml; "
                    + "give a team key, or " + ORGANISATION + " for the whole organisation");
        }
        boolean knownUnit = organisation || team.isPresent();
        String assessor = assessor(fields, item, unit, team, knownUnit, context, problems);
        LocalDate date = TenantFileReader.date(item, fields, "date", problems);
        if (date != null && date.isAfter(context.today())) {
            problems.add(fields.get("date"), date + " is in the future (today is " + context.today()
                    + "): only what was assessed can be loaded");
        }
        if (knownUnit && assessor != null && date != null) {
            Integer earlier = seen.putIfAbsent(unit + " " + assessor + " " + date, item.line());
            if (earlier != null) {
                problems.add(item, assessor + " already assessed " + unit + " on " + date + " (line " + earlier
                        + ")");
            }
        }
        List<TenantFile.MaturityLevelEntry> levels = levels(item, fields, problems);
        String ambition = required(item, fields, "ambition", problems);
        if (ambition != null && ambition.length() > MAX_AMBITION) {
            problems.add(fields.get("ambition"), "must have at most " + MAX_AMBITION + " characters");
        }
        List<TenantFile.ChangeEntry> changes = changes(item, fields, date, problems);
        if (!knownUnit || assessor == null || date == null) {
            return Optional.empty();
        }
        int levelsLine = fields.containsKey("levels") ? fields.get("levels").line() : item.line();
        return Optional.of(new TenantFile.MaturityEntry(organisation ? null : unit, assessor, date,
                levels, ambition, changes, item.path(), item.line(), levelsLine));
    }

    /**
     * The assessor: a person of the file who may assess the unit, as in the app: the
     * organisation is assessed by tenant admins and team leads, a team by its leads and
     * members and by tenant admins.
     */
    private static String assessor(Map<String, YamlNode> fields, YamlNode item, String unit,
            Optional<TenantFile.TeamEntry> team, boolean knownUnit, Context context, YamlProblems problems) {
        String assessor = required(item, fields, "assessor", problems);
        if (assessor == null) {
            return null;
        }
        YamlNode node = fields.get("assessor");
        if (!context.personKeys().contains(assessor)) {
            problems.add(node, "no person with the key “" + assessor + "” in people of tenant.yaml");
            return null;
        }
        if (!knownUnit || context.adminPersonKeys().contains(assessor)) {
            return assessor;
        }
        if (team.isEmpty() && !context.leadsATeam(assessor)) {
            problems.add(node, assessor + " may not assess the " + unit + ": only tenant admins (an admin with "
                    + "this person) and team leads do");
        } else if (team.isPresent() && !team.get().leads().contains(assessor)
                && !team.get().members().contains(assessor)) {
            problems.add(node, assessor + " may not assess the team “" + unit + "”: only its leads and members, "
                    + "and tenant admins, do");
        }
        return assessor;
    }

    /** Dimension → {@code today -> target}, at least one; whether they exist is checked when loading. */
    private static List<TenantFile.MaturityLevelEntry> levels(YamlNode item, Map<String, YamlNode> fields,
            YamlProblems problems) {
        List<TenantFile.MaturityLevelEntry> levels = new ArrayList<>();
        if (!fields.containsKey("levels")) {
            problems.add(item, "missing field “levels”");
            return levels;
        }
        Map<String, YamlNode> dimensions = fields.get("levels").fields(problems);
        if (dimensions.isEmpty() && fields.get("levels").isMapping()) {
            problems.add(fields.get("levels"), "must give the levels of at least one dimension");
        }
        dimensions.forEach((dimension, node) -> {
            String text = node.text(problems);
            if (dimension.length() > MAX_DIMENSION) {
                problems.add(node, "a dimension code has at most " + MAX_DIMENSION + " characters");
            } else if (text != null) {
                Matcher matcher = LEVELS.matcher(text);
                if (!matcher.matches()) {
                    problems.add(node, "“" + text + "” does not give today's level and the level in five years "
                            + "as today -> target, such as 2 -> 4");
                } else if (matcher.group(1).length() > MAX_LEVEL || matcher.group(2).length() > MAX_LEVEL) {
                    problems.add(node, "a level code has at most " + MAX_LEVEL + " characters");
                } else {
                    levels.add(new TenantFile.MaturityLevelEntry(dimension, matcher.group(1), matcher.group(2),
                            node.path(), node.line()));
                }
            }
        });
        return levels;
    }

    /** Two or three changes, each with a text, an owner and a due date not before the worksheet's date. */
    private static List<TenantFile.ChangeEntry> changes(YamlNode item, Map<String, YamlNode> fields,
            LocalDate date, YamlProblems problems) {
        List<TenantFile.ChangeEntry> changes = new ArrayList<>();
        if (!fields.containsKey("changes")) {
            problems.add(item, "missing field “changes”: a worksheet names " + MIN_CHANGES + " or " + MAX_CHANGES
                    + " critical changes");
            return changes;
        }
        YamlNode list = fields.get("changes");
        int before = problems.all().size();
        List<YamlNode> items = list.items(problems);
        boolean isList = problems.all().size() == before;
        if (isList && (items.size() < MIN_CHANGES || items.size() > MAX_CHANGES)) {
            problems.add(list, "names " + items.size() + " critical " + (items.size() == 1 ? "change" : "changes")
                    + "; a worksheet names " + MIN_CHANGES + " or " + MAX_CHANGES);
        }
        for (YamlNode change : items) {
            Map<String, YamlNode> changeFields = change.fields(CHANGE_FIELDS, problems);
            String description = required(change, changeFields, "change", problems);
            if (description != null && description.length() > MAX_CHANGE) {
                problems.add(changeFields.get("change"), "must have at most " + MAX_CHANGE + " characters");
            }
            String owner = required(change, changeFields, "owner", problems);
            if (owner != null && owner.length() > MAX_OWNER) {
                problems.add(changeFields.get("owner"), "must have at most " + MAX_OWNER + " characters");
            }
            LocalDate due = TenantFileReader.date(change, changeFields, "due", problems);
            if (due != null && date != null && due.isBefore(date)) {
                problems.add(changeFields.get("due"), "must not be before the assessment's date (" + date + ")");
            }
            changes.add(new TenantFile.ChangeEntry(description, owner, due));
        }
        return changes;
    }
}
