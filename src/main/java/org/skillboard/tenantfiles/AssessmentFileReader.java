package org.skillboard.tenantfiles;

import static org.skillboard.base.yaml.YamlNode.optional;
import static org.skillboard.base.yaml.YamlNode.required;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.base.yaml.YamlNode;
import org.skillboard.base.yaml.YamlProblems;

/**
 * Reads and checks the assessments file a {@code tenant.yaml} names (format:
 * docs/tenant-format.md): people, assessors and periods must be the file's, dates real
 * and not in the future. Whether the items and levels exist is checked when the
 * assessments are loaded, against the tenant's frameworks.
 */
final class AssessmentFileReader {

    private static final Set<String> ENTRY_FIELDS = Set.of("person", "kind", "date", "period", "assessor", "levels",
            "evidence");
    private static final Pattern ITEM_REF = Pattern.compile("[a-z0-9][a-z0-9-]*/[\\p{L}\\p{N}][\\p{L}\\p{N}._+-]*");
    /** The longest level code and evidence the database and the assessment service take. */
    private static final int MAX_LEVEL = 20;
    private static final int MAX_EVIDENCE = 2000;

    /**
     * What the assessments are checked against, from tenant.yaml.
     *
     * @param peerAssessments whether the tenant allows peer assessments
     * @param today no assessment may be dated after it
     */
    record Context(Set<String> personKeys, List<TenantFile.TeamEntry> teams, List<TenantFile.PeriodEntry> periods,
            boolean peerAssessments, LocalDate today) {

        /** The first lead of the first team, in file order, that has the person as a member. */
        Optional<String> defaultManager(String personKey) {
            for (TenantFile.TeamEntry team : teams) {
                if (team.members().contains(personKey) && !team.leads().contains(personKey)) {
                    Optional<String> lead = team.leads().stream().filter(key -> !key.equals(personKey)).findFirst();
                    if (lead.isPresent()) {
                        return lead;
                    }
                }
            }
            return Optional.empty();
        }

        Optional<TenantFile.PeriodEntry> period(String key) {
            return periods.stream().filter(period -> period.key().equals(key)).findFirst();
        }

        /** The period holding the day; of overlapping ones, the one that starts last. */
        Optional<TenantFile.PeriodEntry> periodOf(LocalDate day) {
            return periods.stream().filter(period -> period.contains(day))
                    .max(java.util.Comparator.comparing(TenantFile.PeriodEntry::starts));
        }
    }

    private AssessmentFileReader() {
    }

    /** The file's assessments; problems are added, each with file, line and field. */
    static List<TenantFile.AssessmentEntry> read(String fileName, Reader reader, Context context,
            YamlProblems problems) {
        List<TenantFile.AssessmentEntry> entries = new ArrayList<>();
        Optional<YamlNode> root = YamlNode.parse(fileName, reader, problems);
        if (root.isEmpty()) {
            return entries;
        }
        // person, kind, day and item: two levels for one of these would contradict each other
        Map<String, Integer> seen = new HashMap<>();
        for (YamlNode item : root.get().items(problems)) {
            entry(item, context, seen, problems).ifPresent(entries::add);
        }
        return entries;
    }

    private static Optional<TenantFile.AssessmentEntry> entry(YamlNode item, Context context,
            Map<String, Integer> seen, YamlProblems problems) {
        Map<String, YamlNode> fields = item.fields(ENTRY_FIELDS, problems);
        String given = required(item, fields, "person", problems);
        if (given != null && !context.personKeys().contains(given)) {
            problems.add(fields.get("person"), "no person with the key “" + given + "” in people of tenant.yaml");
        }
        String person = given != null && context.personKeys().contains(given) ? given : null;
        AssessmentKind kind = kind(item, fields, problems);
        LocalDate date = TenantFileReader.date(item, fields, "date", problems);
        if (date != null && date.isAfter(context.today())) {
            problems.add(fields.get("date"), date + " is in the future (today is " + context.today()
                    + "): only what was assessed can be loaded");
        }
        String period = period(fields, date, context, problems);
        String assessor = assessor(fields, person, kind, context, problems);

        List<TenantFile.LevelEntry> levels = new ArrayList<>();
        Map<String, YamlNode> evidence = new LinkedHashMap<>();
        if (fields.containsKey("evidence")) {
            evidence.putAll(fields.get("evidence").fields(problems));
        }
        if (!fields.containsKey("levels")) {
            problems.add(item, "missing field “levels”");
        } else {
            Map<String, YamlNode> items = fields.get("levels").fields(problems);
            if (items.isEmpty() && fields.get("levels").isMapping()) {
                problems.add(fields.get("levels"), "must give the level of at least one item");
            }
            items.forEach((ref, node) -> {
                String level = node.text(problems);
                if (!ITEM_REF.matcher(ref).matches()) {
                    problems.add(node, "“" + ref + "” does not name an item as family/item-code, as in sfia-9/CSMG");
                } else if (level != null && level.length() > MAX_LEVEL) {
                    problems.add(node, "must have at most " + MAX_LEVEL + " characters");
                } else if (level != null && person != null && kind != null && date != null) {
                    String key = person + " " + kind + " " + date + " " + ref;
                    Integer earlier = seen.putIfAbsent(key, node.line());
                    if (earlier != null) {
                        problems.add(node, person + " already has a " + kind.name().toLowerCase(Locale.ROOT)
                                + " assessment of " + ref + " on " + date + " (line " + earlier + ")");
                    }
                }
                levels.add(new TenantFile.LevelEntry(ref, level, evidence(evidence.get(ref), problems), node.path(),
                        node.line()));
            });
            evidence.forEach((ref, node) -> {
                if (!items.containsKey(ref)) {
                    problems.add(node, "evidence for an item that has no level in this entry's levels");
                }
            });
        }
        if (person == null || kind == null || date == null) {
            return Optional.empty();
        }
        return Optional.of(new TenantFile.AssessmentEntry(person, kind, date, period, assessor, levels));
    }

    private static AssessmentKind kind(YamlNode item, Map<String, YamlNode> fields, YamlProblems problems) {
        String text = required(item, fields, "kind", problems);
        if (text == null) {
            return null;
        }
        for (AssessmentKind kind : AssessmentKind.values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(text)) {
                return kind;
            }
        }
        problems.add(fields.get("kind"), "“" + text + "” is not a kind of assessment: self, manager or peer");
        return null;
    }

    /** The period given, which must hold the date, or else the period that holds it, if any. */
    private static String period(Map<String, YamlNode> fields, LocalDate date, Context context,
            YamlProblems problems) {
        String key = optional(fields, "period", problems);
        if (key == null) {
            return date == null ? null : context.periodOf(date).map(TenantFile.PeriodEntry::key).orElse(null);
        }
        Optional<TenantFile.PeriodEntry> period = context.period(key);
        if (period.isEmpty()) {
            problems.add(fields.get("period"), "no period with the key “" + key + "” in periods of tenant.yaml");
            return null;
        }
        if (date != null && !period.get().contains(date)) {
            problems.add(fields.get("date"), date + " is not within the period “" + key + "” ("
                    + period.get().starts() + " to " + period.get().ends() + ")");
        }
        return key;
    }

    /**
     * Who assessed: for a self-assessment the person; for a manager assessment the given
     * person or else the first lead of the person's teams; for a peer the given person.
     */
    private static String assessor(Map<String, YamlNode> fields, String person, AssessmentKind kind,
            Context context, YamlProblems problems) {
        String assessor = optional(fields, "assessor", problems);
        YamlNode node = fields.get("assessor");
        if (assessor != null && !context.personKeys().contains(assessor)) {
            problems.add(node, "no person with the key “" + assessor + "” in people of tenant.yaml");
            return null;
        }
        if (kind == null || person == null) {
            return assessor;
        }
        switch (kind) {
            case SELF -> {
                if (assessor != null && !assessor.equals(person)) {
                    problems.add(node, "a self-assessment is made by the person assessed; leave assessor out "
                            + "or give a kind of manager or peer");
                }
                return person;
            }
            case MANAGER -> {
                if (person.equals(assessor)) {
                    problems.add(node, "nobody is their own manager; give kind: self");
                }
                return assessor != null ? assessor : context.defaultManager(person).orElse(null);
            }
            default -> {
                if (!context.peerAssessments()) {
                    problems.add(fields.get("kind"), "peer assessments are off for this tenant; turn them on with "
                            + "assessment-settings: peer-assessments: true in tenant.yaml");
                }
                if (assessor == null && !fields.containsKey("assessor")) {
                    problems.add(fields.get("kind"), "a peer assessment needs the assessor, the peer who made it");
                } else if (person.equals(assessor)) {
                    problems.add(node, "nobody is their own peer; give kind: self");
                }
                return assessor;
            }
        }
    }

    private static String evidence(YamlNode node, YamlProblems problems) {
        if (node == null) {
            return null;
        }
        String text = node.text(problems);
        if (text != null && text.length() > MAX_EVIDENCE) {
            problems.add(node, "must have at most " + MAX_EVIDENCE + " characters");
        }
        return text;
    }
}
