package org.skillboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.skillboard.audit.AuditActions;
import org.skillboard.base.AdminChange;
import org.skillboard.base.Messages;

/**
 * Every user-visible text goes through the i18n provider, so every key the code
 * uses must exist, and every language must have every key, with the same
 * placeholders as English. Texts are ICU message patterns: a count next to a word
 * takes the language's plural forms, all of them.
 */
class TranslationsTest {

    private static final Path BUNDLE = Path.of("src/main/resources/vaadin-i18n");
    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final List<String> LANGUAGES = List.of("pt", "pl", "es", "et");

    /** Keys the code builds at run time, such as {@code getTranslation("role." + role)}. */
    private static final Map<String, List<String>> DYNAMIC_FAMILIES = Map.ofEntries(
            Map.entry("role.", List.of("role.PLATFORM_ADMIN", "role.TENANT_ADMIN", "role.TEAM_LEAD", "role.MEMBER")),
            Map.entry("tenants.status.", List.of("tenants.status.ACTIVE", "tenants.status.SUSPENDED")),
            Map.entry("audit.outcome.", List.of("audit.outcome.CREATED", "audit.outcome.UPDATED",
                    "audit.outcome.UNCHANGED", "audit.outcome.NEW_VERSION")),
            Map.entry("accounts.status.", List.of("accounts.status.ACTIVE", "accounts.status.INVITED",
                    "accounts.status.DISABLED")),
            Map.entry("accounts.filter.role.", List.of("accounts.filter.role.admins", "accounts.filter.role.others",
                    "accounts.filter.role.with-person", "accounts.filter.role.without-person")),
            Map.entry("language.", List.of("language.en", "language.pt", "language.pl", "language.es",
                    "language.et")),
            Map.entry("assessment.kind.", List.of("assessment.kind.self", "assessment.kind.manager",
                    "assessment.kind.peer")),
            Map.entry("heatmap.source.", List.of("heatmap.source.self", "heatmap.source.manager",
                    "heatmap.source.manager_else_self")),
            Map.entry("template.long.instructions.", List.of("template.long.instructions.1",
                    "template.long.instructions.2", "template.long.instructions.3", "template.long.instructions.4",
                    "template.long.instructions.5")),
            Map.entry("upload.progress.", List.of("upload.progress.reading", "upload.progress.checking",
                    "upload.progress.storing")),
            Map.entry("heatmap.colour.", List.of("heatmap.colour.level", "heatmap.colour.gap")),
            Map.entry("heatmap.sort.", List.of("heatmap.sort.person", "heatmap.sort.gap", "heatmap.sort.skill")),
            Map.entry("cell.target.", List.of("cell.target.job_profile", "cell.target.person")),
            Map.entry("maturity.step.", List.of("maturity.step.read", "maturity.step.today", "maturity.step.target",
                    "maturity.step.ambition", "maturity.step.changes")),
            Map.entry("maturity.step-help.", List.of("maturity.step-help.1", "maturity.step-help.2",
                    "maturity.step-help.3", "maturity.step-help.4", "maturity.step-help.5")),
            Map.entry("sheets.error.missing.", List.of("sheets.error.missing.person", "sheets.error.missing.framework",
                    "sheets.error.missing.item", "sheets.error.missing.level", "sheets.error.missing.kind",
                    "sheets.error.missing.date", "sheets.error.missing.evidence")),
            Map.entry("heatmap.label.", List.of("heatmap.label.person", "heatmap.label.legendLevel",
                    "heatmap.label.legendGap", "heatmap.label.none", "heatmap.label.below", "heatmap.label.at",
                    "heatmap.label.above", "heatmap.label.noTarget", "heatmap.label.stale",
                    "heatmap.label.selfOnly", "heatmap.label.target", "heatmap.label.empty", "heatmap.label.emptyRows",
                    "heatmap.label.lead")),
            Map.entry("framework-starter.numeric.level.", numbered("framework-starter.numeric.level.", 7)),
            Map.entry("framework-starter.numeric.summary.", numbered("framework-starter.numeric.summary.", 7)),
            Map.entry("framework-starter.maturity.level.", numbered("framework-starter.maturity.level.", 6)),
            Map.entry("framework-starter.maturity.summary.", numbered("framework-starter.maturity.summary.", 6)),
            Map.entry("yaml.field.", org.skillboard.base.yaml.FieldNames.IN_WORDS.stream()
                    .map(field -> "yaml.field." + field).toList()),
            // the audit log names every kind of change and every action an AdminChange may carry
            Map.entry("audit.kind.", Arrays.stream(AdminChange.Kind.values()).map(kind -> "audit.kind." + kind.name())
                    .toList()),
            Map.entry("audit.action.", AuditActions.ALL.stream().map(action -> "audit.action." + action).toList()));

    private static List<String> numbered(String prefix, int count) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(number -> prefix + number).toList();
    }

    /** A literal key as the first argument, followed by another argument or the closing parenthesis. */
    private static final List<Pattern> LITERAL_KEY_USES = List.of(
            Pattern.compile("getTranslation\\(\\s*\"([^\"\\\\]+)\"\\s*[,)]"),
            Pattern.compile("new\\s+UserFacingException\\(\\s*\"([^\"\\\\]+)\"\\s*[,)]"),
            // spreadsheet uploads are refused with a UserFacingException of their own
            Pattern.compile("new\\s+SpreadsheetRefusal\\(\\s*\"([^\"\\\\]+)\"\\s*[,)]"),
            Pattern.compile("@Menu\\([^)]*?\\btitle\\s*=\\s*\"([^\"\\\\]+)\""),
            // workbooks and the heatmap's JSON carry texts through org.skillboard.excel.Texts
            Pattern.compile("\\btexts\\.(?:apply|format)\\(\\s*\"([^\"\\\\]+)\"\\s*[,)]"),
            // words inside audit log texts, translated when the entry is read
            Pattern.compile("AdminChange\\.word\\(\\s*\"([^\"\\\\]+)\"\\s*\\)"),
            // problems with uploaded files carry messages, translated when shown
            Pattern.compile("\\bMessage\\.of\\(\\s*\"([^\"\\\\]+)\"\\s*[,)]"),
            // the login view passes error title and message keys through its own helper
            Pattern.compile("\\bi18n\\(\\s*\"([^\"\\\\]+)\"\\s*,\\s*\"([^\"\\\\]+)\""));
    private static final Pattern DYNAMIC_KEY_USE = Pattern.compile(
            "(?:getTranslation|AdminChange\\.word)\\(\\s*\"([^\"\\\\]+)\"\\s*\\+");
    /** An apostrophe on its own before a syntax character: ICU takes it as the start of quoted text. */
    private static final Pattern QUOTING_APOSTROPHE = Pattern.compile("(?<!')'(?=[{}#|])");
    /** A simple argument (or a number) written right before a word: "{0} people", "{1,number,integer} teams". */
    private static final Pattern COUNT_BEFORE_WORD = Pattern.compile("\\{(\\d+)(?:\\s*,\\s*number[^}]*)?}\\s+\\p{L}");
    /** English nouns that are counted; a count right before one of them needs {@code plural}. */
    private static final Pattern COUNTED_NOUN = Pattern.compile("\\{(\\d+)(?:\\s*,\\s*number[^}]*)?}\\s+"
            + "(?:new\\s+|active\\s+)?(?:people|persons?|skills?|criteria|problems?|rows?|teams?|levels?|tenants?"
            + "|assessments?|assessors?|logins?|entries|entry|accounts?|places?|seconds?)\\b");

    @Test
    void every_language_has_exactly_the_english_keys() throws IOException {
        Set<String> english = load("translations.properties").keySet();
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            Set<String> keys = load("translations_" + language + ".properties").keySet();
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(keys);
            Set<String> extra = new TreeSet<>(keys);
            extra.removeAll(english);
            if (!missing.isEmpty()) {
                problems.add(language + " misses " + missing);
            }
            if (!extra.isEmpty()) {
                problems.add(language + " has keys English does not have " + extra);
            }
        }
        assertThat(problems).as("translation keys").isEmpty();
    }

    /** The product's own words (not a framework's content) have a word in every language: "ramy", "raamistik". */
    @Test
    void no_other_language_says_framework_in_english() throws IOException {
        for (String language : LANGUAGES) {
            assertThat(load("translations_" + language + ".properties").entrySet())
                    .as("texts in %s", language)
                    .filteredOn(entry -> entry.getValue().toLowerCase(java.util.Locale.ROOT).contains("framework"))
                    .isEmpty();
        }
    }

    @Test
    void no_language_file_has_a_key_twice() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String file : allFiles()) {
            CheckedProperties properties = new CheckedProperties();
            try (Reader reader = Files.newBufferedReader(BUNDLE.resolve(file), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            if (!properties.duplicates.isEmpty()) {
                problems.add(file + " repeats " + properties.duplicates);
            }
        }
        assertThat(problems).as("keys given twice (the last one silently wins)").isEmpty();
    }

    @Test
    void every_text_is_a_message_pattern_with_the_english_placeholders() throws IOException {
        Map<String, String> english = load("translations.properties");
        List<String> problems = new ArrayList<>(check("en", english, english));
        for (String language : LANGUAGES) {
            problems.addAll(check(language, load("translations_" + language + ".properties"), english));
        }
        assertThat(problems).as("translations that are empty or do not match the English placeholders").isEmpty();
    }

    @Test
    void the_plural_checks_catch_a_count_next_to_a_word_and_a_missing_form() {
        assertThat(countsWithoutPlural("en", "{0} people · {1,number,integer} new teams", Set.of())).hasSize(2);
        assertThat(countsWithoutPlural("en", "{0, plural, one {# person} other {# people}}", Set.of())).isEmpty();
        assertThat(countsWithoutPlural("pl", "{0} osób", Set.of(0))).hasSize(1);
        assertThat(countsWithoutPlural("pl", "Osoby: {0}", Set.of(0))).isEmpty();

        Map<String, String> english = Map.of("k", "{0, plural, one {# person} other {# people}}");
        assertThat(check("pl", Map.of("k", "{0, plural, one {# osoba} few {# osoby} other {# osób}}"), english))
                .singleElement().asString().contains("[many]");
        assertThat(check("pl", Map.of("k", "{0, plural, one {# osoba} few {# osoby} many {# osób} other {# osoby}}"),
                english)).isEmpty();
        assertThat(check("et", Map.of("k", "{0, plural, other {# inimest}}"), english))
                .singleElement().asString().contains("[one]");
        assertThat(check("pt", Map.of("k", "Faltam '{0}' pessoas"), english)).isNotEmpty();
    }

    @Test
    void every_key_the_code_uses_exists_in_english() throws IOException {
        Set<String> english = load("translations.properties").keySet();
        Set<String> used = new TreeSet<>();
        Set<String> dynamicPrefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                for (Pattern use : LITERAL_KEY_USES) {
                    Matcher matcher = use.matcher(source);
                    while (matcher.find()) {
                        IntStream.rangeClosed(1, matcher.groupCount()).mapToObj(matcher::group).forEach(used::add);
                    }
                }
                Matcher dynamic = DYNAMIC_KEY_USE.matcher(source);
                while (dynamic.find()) {
                    dynamicPrefixes.add(dynamic.group(1));
                }
            }
        }
        assertThat(used).as("keys found in the code").contains("app.name", "menu.home", "tenant.error.slug");

        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(english);
        assertThat(missing).as("keys used in the code but missing from translations.properties").isEmpty();

        assertThat(DYNAMIC_FAMILIES.keySet())
                .as("keys built at run time: list each family in DYNAMIC_FAMILIES so that it is checked")
                .containsAll(dynamicPrefixes);
        Set<String> missingFamilyKeys = new TreeSet<>();
        DYNAMIC_FAMILIES.values().forEach(missingFamilyKeys::addAll);
        missingFamilyKeys.removeAll(english);
        assertThat(missingFamilyKeys).as("keys built at run time but missing from translations.properties")
                .isEmpty();
    }

    private static List<String> check(String language, Map<String, String> texts, Map<String, String> english) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            String key = entry.getKey();
            String text = entry.getValue();
            String where = language + " " + key + "=" + text;
            if (text.isBlank()) {
                problems.add(where + ": empty");
                continue;
            }
            Arguments arguments;
            try {
                arguments = Arguments.of(text);
                Messages.format(text, Locale.forLanguageTag(language), arguments.samples());
            } catch (IllegalArgumentException e) {
                problems.add(where + ": not an ICU message pattern (" + e.getMessage() + ")");
                continue;
            }
            for (Set<String> forms : arguments.pluralForms()) {
                Set<String> missing = new TreeSet<>(integerCategories(language));
                missing.removeAll(forms);
                if (!missing.isEmpty()) {
                    problems.add(where + ": a plural without the forms " + missing + " that counts take in " + language);
                }
            }
            String englishText = english.get(key);
            if (englishText == null) {
                continue;
            }
            Arguments expected = Arguments.of(englishText);
            if (!arguments.used().equals(expected.used())) {
                problems.add(where + ": placeholders " + arguments.used() + ", English has " + expected.used());
            }
            // texts without arguments are shown as they are; only the others go through MessageFormat
            if (!expected.used().isEmpty() && QUOTING_APOSTROPHE.matcher(text).find()) {
                problems.add(where + ": a single ' before { } # or | hides the text after it; write '' or ’");
            }
            problems.addAll(countsWithoutPlural(where, text, expected.plurals()));
        }
        return problems;
    }

    /**
     * A count needs its language's plural forms: in English a number right before a counted noun ("{0} people") is
     * a problem, and so is, in any language, a number right before a word where English counts with a plural.
     * "Osoby: {0}" is fine.
     */
    static List<String> countsWithoutPlural(String where, String text, Set<Integer> englishPlurals) {
        List<String> problems = new ArrayList<>();
        Set<Integer> reported = new TreeSet<>();
        Matcher noun = COUNTED_NOUN.matcher(text);
        while (noun.find()) {
            reported.add(noun.start());
            problems.add(where + ": \"" + noun.group() + "\" needs {n, plural, one {...} other {...}}");
        }
        Matcher word = COUNT_BEFORE_WORD.matcher(text);
        while (word.find()) {
            if (englishPlurals.contains(Integer.valueOf(word.group(1))) && !reported.contains(word.start())) {
                problems.add(where + ": \"" + word.group() + "…\" is counted with plural in English; use plural here too");
            }
        }
        return problems;
    }

    /** The categories the language's plural rules give to whole numbers (Polish: one, few, many). */
    private static Set<String> integerCategories(String language) {
        // our Portuguese is Portugal's, as in Messages
        ULocale locale = language.equals("pt") ? new ULocale("pt_PT") : new ULocale(language);
        PluralRules rules = PluralRules.forLocale(locale);
        Set<String> categories = new TreeSet<>();
        IntStream.rangeClosed(0, 1000).forEach(n -> categories.add(rules.select(n)));
        return categories;
    }

    /** The arguments of a pattern as ICU reads it (quoted text is no argument), and the forms of its plurals. */
    record Arguments(Set<Integer> used, Set<Integer> plurals, Set<Integer> numbers, List<Set<String>> pluralForms) {

        static Arguments of(String pattern) {
            MessagePattern parsed = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(pattern);
            Set<Integer> used = new TreeSet<>();
            Set<Integer> plurals = new TreeSet<>();
            Set<Integer> numbers = new TreeSet<>();
            List<Set<String>> forms = new ArrayList<>();
            for (int i = 0; i < parsed.countParts(); i++) {
                MessagePattern.Part part = parsed.getPart(i);
                if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                    throw new IllegalArgumentException("named argument " + parsed.getSubstring(part));
                }
                if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                    continue;
                }
                int index = parsed.getPart(i + 1).getValue();
                used.add(index);
                MessagePattern.ArgType type = part.getArgType();
                if (type == MessagePattern.ArgType.PLURAL) {
                    plurals.add(index);
                    forms.add(selectors(parsed, i));
                } else if (type == MessagePattern.ArgType.SIMPLE || type == MessagePattern.ArgType.CHOICE) {
                    numbers.add(index);
                }
            }
            return new Arguments(used, plurals, numbers, forms);
        }

        /** Numbers for counts and number arguments, a date for others with a style, text for the rest. */
        Object[] samples() {
            int size = used.isEmpty() ? 0 : ((TreeSet<Integer>) used).last() + 1;
            Object[] samples = new Object[size];
            for (int i = 0; i < size; i++) {
                samples[i] = plurals.contains(i) || numbers.contains(i) ? (Object) 2 : "x";
            }
            return samples;
        }

        /** The keywords (one, few, many, other) of the plural that starts at part {@code start}. */
        private static Set<String> selectors(MessagePattern parsed, int start) {
            Set<String> keywords = new TreeSet<>();
            int limit = parsed.getLimitPartIndex(start);
            for (int i = start + 1; i < limit; i++) {
                MessagePattern.Part part = parsed.getPart(i);
                if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                    keywords.add(parsed.getSubstring(part));
                } else if (part.getType() == MessagePattern.Part.Type.MSG_START) {
                    i = parsed.getLimitPartIndex(i);
                }
            }
            return keywords;
        }
    }

    private static Map<String, String> load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLE.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }

    private static List<String> allFiles() {
        List<String> files = new ArrayList<>(List.of("translations.properties"));
        LANGUAGES.forEach(language -> files.add("translations_" + language + ".properties"));
        return files;
    }

    /** Remembers keys that appear more than once in a file. */
    private static final class CheckedProperties extends Properties {

        private final Set<String> duplicates = new TreeSet<>();

        @Override
        public synchronized Object put(Object key, Object value) {
            if (containsKey(key)) {
                duplicates.add(String.valueOf(key));
            }
            return super.put(key, value);
        }
    }
}
