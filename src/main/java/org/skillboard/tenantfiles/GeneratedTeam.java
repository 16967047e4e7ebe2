package org.skillboard.tenantfiles;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.ProvisionedAssessment;
import org.skillboard.jobprofile.ItemRef;

/**
 * Makes up a demo team: its people and their assessments, the same for the same seed
 * whenever it runs, so that loading again adds nothing. Each person has, per item, a
 * level that wanders around the job profile's target from period to period (more often
 * up than down); per period a self-assessment near it and, from the second period on, a
 * manager assessment. Some items and assessments are left out, as in real life, and
 * nothing is dated after today.
 */
final class GeneratedTeam {

    private static final Pattern KEY = Pattern.compile("gen-(\\d{4,})");
    /** How many items at most the generated people are assessed in. */
    static final int MAX_ITEMS = 16;

    /** An item to assess: the levels it defines, lowest first, and the job profile's target, if it has one. */
    record Item(ItemRef ref, List<String> levels, String target) {
    }

    record Person(String key, String name) {
    }

    private final TenantFile.GeneratedTeamEntry entry;

    GeneratedTeam(TenantFile.GeneratedTeamEntry entry) {
        this.entry = entry;
    }

    /** The key of the generated person with this number (from 1): gen-0001. */
    static String personKey(int number) {
        return String.format(Locale.ROOT, "gen-%04d", number);
    }

    /** Whether a key is that of one of the first {@code size} generated people. */
    static boolean isGeneratedKey(String key, int size) {
        var matcher = KEY.matcher(key);
        if (!matcher.matches()) {
            return false;
        }
        int number = Integer.parseInt(matcher.group(1).length() > 6 ? "999999" : matcher.group(1));
        return number >= 1 && number <= size && key.equals(personKey(number));
    }

    List<Person> people(Locale locale) {
        GeneratedNames names = GeneratedNames.forLocale(locale);
        List<Person> people = new ArrayList<>(entry.size());
        for (int number = 1; number <= entry.size(); number++) {
            people.add(new Person(personKey(number), names.next(random(number, "name".hashCode()))));
        }
        return people;
    }

    /**
     * The items the people are assessed in: those the job profile requires, then the
     * catalogue's other items in order, at most {@link #MAX_ITEMS}.
     */
    static List<Item> items(List<Item> required, List<Item> catalogue) {
        List<Item> items = new ArrayList<>(required);
        catalogue.stream().sorted(Comparator.comparing((Item item) -> item.ref().family())
                        .thenComparing(item -> item.ref().itemCode()))
                .filter(item -> items.stream().noneMatch(known -> known.ref().equals(item.ref())))
                .forEach(items::add);
        return List.copyOf(items.subList(0, Math.min(MAX_ITEMS, items.size())));
    }

    /**
     * The assessments of every generated person in the given periods (oldest first),
     * leaving out those dated after today.
     */
    List<ProvisionedAssessment> assessments(List<Item> items, List<TenantFile.PeriodEntry> periods,
            LocalDate today) {
        List<TenantFile.PeriodEntry> inOrder = periods.stream()
                .sorted(Comparator.comparing(TenantFile.PeriodEntry::starts)).toList();
        List<ProvisionedAssessment> result = new ArrayList<>();
        for (int number = 1; number <= entry.size(); number++) {
            String person = personKey(number);
            List<LocalDate[]> days = new ArrayList<>();
            for (TenantFile.PeriodEntry period : inOrder) {
                days.add(days(number, period));
            }
            for (Item item : items) {
                assess(number, person, item, inOrder, days, today, result);
            }
        }
        return result;
    }

    /** The day of the self-assessment and of the manager's, inside the period. */
    private LocalDate[] days(int number, TenantFile.PeriodEntry period) {
        SplittableRandom random = random(number, ("days " + period.key()).hashCode());
        long length = ChronoUnit.DAYS.between(period.starts(), period.ends()) + 1;
        long selfOffset = length / 10 + random.nextLong(Math.max(1, length / 2));
        LocalDate self = period.starts().plusDays(Math.min(selfOffset, length - 1));
        LocalDate manager = self.plusDays(7 + random.nextInt(29));
        return new LocalDate[] {self, manager.isAfter(period.ends()) ? period.ends() : manager};
    }

    private void assess(int number, String person, Item item, List<TenantFile.PeriodEntry> periods,
            List<LocalDate[]> days, LocalDate today, List<ProvisionedAssessment> result) {
        SplittableRandom random = random(number, item.ref().family().hashCode() * 31 + item.ref().itemCode()
                .hashCode());
        int top = item.levels().size() - 1;
        boolean required = item.target() != null && item.levels().contains(item.target());
        // an item the role does not need is one that about a third of the people were never assessed in
        if (!required && random.nextInt(100) < 30) {
            return;
        }
        int target = required ? item.levels().indexOf(item.target()) : top / 3;
        int roll = random.nextInt(100);
        int level = clamp(target + (roll < 10 ? -2 : roll < 45 ? -1 : roll < 85 ? 0 : 1), top);
        for (int index = 0; index < periods.size(); index++) {
            if (index > 0) {
                int step = random.nextInt(100);
                level = clamp(level + (step < 35 ? 1 : step < 93 ? 0 : -1), top);
            }
            // every draw is made whether or not the day has come, so that the levels do not depend on today
            boolean selfDone = random.nextInt(100) >= 6;
            int selfRoll = random.nextInt(100);
            int self = clamp(level + (selfRoll < 20 ? 1 : selfRoll < 28 ? -1 : 0), top);
            boolean managerDone = random.nextInt(100) >= 8;
            int manager = clamp(level - (random.nextInt(100) < 8 ? 1 : 0), top);
            TenantFile.PeriodEntry period = periods.get(index);
            LocalDate selfDay = days.get(index)[0];
            LocalDate managerDay = days.get(index)[1];
            if (selfDone && !selfDay.isAfter(today)) {
                result.add(new ProvisionedAssessment(person, item.ref(), AssessmentKind.SELF, item.levels().get(self),
                        selfDay, person, period.key(), null));
            }
            if (index > 0 && managerDone && !managerDay.isAfter(today)) {
                result.add(new ProvisionedAssessment(person, item.ref(), AssessmentKind.MANAGER,
                        item.levels().get(manager), managerDay, entry.lead(), period.key(), null));
            }
        }
    }

    private static int clamp(int level, int top) {
        return Math.max(0, Math.min(top, level));
    }

    /** A random source of its own per person and purpose, so that one item added changes no other's levels. */
    private SplittableRandom random(int number, int purpose) {
        return new SplittableRandom(entry.seed() * 0x9E3779B97F4A7C15L + number * 0xBF58476D1CE4E5B9L
                + purpose * 0x94D049BB133111EBL);
    }
}
