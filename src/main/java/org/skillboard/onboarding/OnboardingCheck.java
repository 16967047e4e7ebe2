package org.skillboard.onboarding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.skillboard.excel.SheetProblem;
import org.skillboard.onboarding.sheets.OnboardingColumn;
import org.skillboard.onboarding.sheets.OnboardingLine;
import org.skillboard.onboarding.sheets.OnboardingRows;
import org.skillboard.onboarding.sheets.OnboardingWords;
import org.skillboard.people.TeamRole;

/**
 * Checks an onboarding workbook's rows against each other and against the tenant, and turns them into an
 * {@link OnboardingPlan}. The rules are those of the people and accounts pages (key, e-mail and login
 * formats, column sizes), checked here cell by cell so that every problem is named at once rather than the
 * first one refused when storing. A key the tenant already has is a problem, not an update: onboarding
 * adds, the people pages change (docs/decisions/0015-onboarding-workbook.md). A person in several teams has
 * one row per team, the details on the first.
 */
final class OnboardingCheck {

    // the same formats and sizes as PeopleAdministration and AccountService
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9._%+-]+(@[a-z0-9.-]+)?");
    static final int MAX_KEY = 100;
    static final int MAX_NAME = 200;
    static final int MAX_JOB_TITLE = 200;
    static final int MAX_EMAIL = 254;
    static final int MAX_LOGIN = 190;
    private static final List<OnboardingColumn> DETAILS = List.of(OnboardingColumn.PERSON_NAME,
            OnboardingColumn.EMAIL, OnboardingColumn.JOB_TITLE, OnboardingColumn.LOGIN, OnboardingColumn.TENANT_ADMIN);

    private final Set<String> tenantTeams;
    private final Set<String> tenantPeople;
    private final Logins logins;
    private final List<SheetProblem> problems = new ArrayList<>();
    private final Map<String, Integer> sheetOrder = new HashMap<>();

    /**
     * @param tenantTeams the keys of the tenant's teams, which people may join
     * @param tenantPeople the keys of the tenant's people, which the workbook may not use again
     */
    OnboardingCheck(Set<String> tenantTeams, Set<String> tenantPeople, Logins logins) {
        this.tenantTeams = tenantTeams;
        this.tenantPeople = tenantPeople;
        this.logins = logins;
    }

    OnboardingPlan check(OnboardingRows rows) {
        problems.addAll(rows.problems());
        Map<String, OnboardingPlan.NewTeam> teams = new LinkedHashMap<>();
        Map<String, Integer> teamRows = new HashMap<>();
        for (OnboardingLine line : rows.teams()) {
            String key = key(line, OnboardingColumn.TEAM_KEY);
            String name = text(line, OnboardingColumn.TEAM_NAME, MAX_NAME, true);
            if (key != null && teamRows.containsKey(key)) {
                problem(line, OnboardingColumn.TEAM_KEY, "onboarding.error.duplicate-team", key, teamRows.get(key));
            } else if (key != null && tenantTeams.contains(key)) {
                problem(line, OnboardingColumn.TEAM_KEY, "onboarding.error.team-exists", key);
            } else if (key != null) {
                teamRows.put(key, line.row());
                teams.put(key, new OnboardingPlan.NewTeam(key, name));
            }
        }
        Map<String, OnboardingLine> firstRows = new HashMap<>();
        List<OnboardingPlan.NewPerson> people = new ArrayList<>();
        List<OnboardingPlan.Place> places = new ArrayList<>();
        Set<List<String>> placed = new HashSet<>();
        Map<String, Integer> loginRows = new HashMap<>();
        List<OnboardingPlan.NewLogin> newLogins = new ArrayList<>();
        for (OnboardingLine line : rows.people()) {
            String key = key(line, OnboardingColumn.PERSON_KEY);
            OnboardingLine first = key == null ? null : firstRows.get(key);
            if (first != null && !sameDetails(first, line)) {
                problem(line, OnboardingColumn.PERSON_KEY, "onboarding.error.duplicate-person", key, first.row());
                continue;
            }
            if (first == null) {
                if (key != null && tenantPeople.contains(key)) {
                    problem(line, OnboardingColumn.PERSON_KEY, "onboarding.error.person-exists", key);
                }
                String name = text(line, OnboardingColumn.PERSON_NAME, MAX_NAME, true);
                String email = email(line);
                String jobTitle = text(line, OnboardingColumn.JOB_TITLE, MAX_JOB_TITLE, false);
                OnboardingPlan.NewLogin login = login(line, key, loginRows);
                if (key != null) {
                    firstRows.put(key, line);
                    people.add(new OnboardingPlan.NewPerson(key, name, email, jobTitle));
                    if (login != null) {
                        newLogins.add(login);
                    }
                }
            } else if (line.value(OnboardingColumn.TEAM) == null) {
                problem(line, OnboardingColumn.TEAM, "onboarding.error.repeat-without-team", key, first.row());
            }
            OnboardingPlan.Place place = place(line, key, teams.keySet());
            if (place != null && !placed.add(List.of(place.personKey(), place.teamKey()))) {
                problem(line, OnboardingColumn.TEAM, "onboarding.error.same-team-twice", place.teamKey());
            } else if (place != null) {
                places.add(place);
            }
        }
        // Teams before People whatever the sheets are called; by row, then by column, as the user reads them
        problems.sort(Comparator.comparingInt((SheetProblem problem) -> problem.sheet().isEmpty() ? -1
                : sheetOrder.getOrDefault(problem.sheet(), Integer.MAX_VALUE)).thenComparing(SheetProblem::sheet)
                .thenComparingInt(SheetProblem::row).thenComparingInt(problem -> problem.cell().length())
                .thenComparing(SheetProblem::cell));
        return new OnboardingPlan(List.copyOf(teams.values()), people, places, newLogins, List.copyOf(problems));
    }

    /** A later row of a person may repeat her details or leave them empty; anything else is another person. */
    private static boolean sameDetails(OnboardingLine first, OnboardingLine line) {
        return DETAILS.stream().allMatch(column -> line.value(column) == null
                || Objects.equals(line.value(column), first.value(column)));
    }

    private String key(OnboardingLine line, OnboardingColumn column) {
        sheetOrder.putIfAbsent(line.sheet(), line.kind().ordinal());
        String key = line.value(column);
        if (key == null) {
            problem(line, column, "onboarding.error.missing-key");
            return null;
        }
        if (key.length() > MAX_KEY) {
            problem(line, column, "onboarding.error.too-long", MAX_KEY);
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            problem(line, column, "onboarding.error.key", key);
            return null;
        }
        return key;
    }

    private String text(OnboardingLine line, OnboardingColumn column, int max, boolean required) {
        String text = line.value(column);
        if (text == null && required) {
            problem(line, column, "onboarding.error.missing-name");
        } else if (text != null && text.length() > max) {
            problem(line, column, "onboarding.error.too-long", max);
        }
        return text;
    }

    private String email(OnboardingLine line) {
        String email = line.value(OnboardingColumn.EMAIL);
        if (email != null && email.length() > MAX_EMAIL) {
            problem(line, OnboardingColumn.EMAIL, "onboarding.error.too-long", MAX_EMAIL);
        } else if (email != null && !EMAIL.matcher(email).matches()) {
            problem(line, OnboardingColumn.EMAIL, "onboarding.error.email", email);
        }
        return email;
    }

    private OnboardingPlan.NewLogin login(OnboardingLine line, String key, Map<String, Integer> loginRows) {
        String adminText = line.value(OnboardingColumn.TENANT_ADMIN);
        Boolean admin = adminText == null ? Boolean.FALSE : OnboardingWords.yesOrNo(adminText);
        if (admin == null) {
            problem(line, OnboardingColumn.TENANT_ADMIN, "onboarding.error.yes-no", adminText);
        }
        String written = line.value(OnboardingColumn.LOGIN);
        if (written == null) {
            if (Boolean.TRUE.equals(admin)) {
                problem(line, OnboardingColumn.TENANT_ADMIN, "onboarding.error.admin-without-login");
            }
            return null;
        }
        String login = written.toLowerCase(Locale.ROOT);
        if (login.length() > MAX_LOGIN) {
            problem(line, OnboardingColumn.LOGIN, "onboarding.error.too-long", MAX_LOGIN);
        } else if (!LOGIN.matcher(login).matches()) {
            problem(line, OnboardingColumn.LOGIN, "onboarding.error.login", written);
        } else if (loginRows.containsKey(login)) {
            problem(line, OnboardingColumn.LOGIN, "onboarding.error.duplicate-login", login, loginRows.get(login));
        } else {
            loginRows.put(login, line.row());
            if (logins.isTaken(login)) {
                problem(line, OnboardingColumn.LOGIN, "onboarding.error.login-taken", login);
            } else if (key != null && admin != null) {
                return new OnboardingPlan.NewLogin(key, login, admin);
            }
        }
        return null;
    }

    private OnboardingPlan.Place place(OnboardingLine line, String key, Set<String> newTeams) {
        String team = line.value(OnboardingColumn.TEAM);
        String roleText = line.value(OnboardingColumn.ROLE);
        TeamRole role = roleText == null ? TeamRole.MEMBER : OnboardingWords.role(roleText);
        if (roleText != null && role == null) {
            problem(line, OnboardingColumn.ROLE, "onboarding.error.role", roleText);
        }
        if (team == null) {
            if (roleText != null) {
                problem(line, OnboardingColumn.ROLE, "onboarding.error.role-without-team");
            }
            return null;
        }
        if (!newTeams.contains(team) && !tenantTeams.contains(team)) {
            problem(line, OnboardingColumn.TEAM, "onboarding.error.unknown-team", team);
            return null;
        }
        return key == null || role == null ? null : new OnboardingPlan.Place(key, team, role);
    }

    private void problem(OnboardingLine line, OnboardingColumn column, String messageKey, Object... arguments) {
        problems.add(new SheetProblem(line.sheet(), line.cell(column), line.row(), messageKey, List.of(arguments)));
    }
}
