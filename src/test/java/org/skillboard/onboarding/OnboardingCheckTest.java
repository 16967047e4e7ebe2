package org.skillboard.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.skillboard.onboarding.Workbooks.row;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillboard.excel.SheetProblem;
import org.skillboard.excel.read.SpreadsheetRefusal;
import org.skillboard.excel.read.XlsxReader;
import org.skillboard.onboarding.sheets.OnboardingWorkbook;
import org.skillboard.people.TeamRole;

/** The rules an onboarding workbook is checked by, every problem named by sheet and cell; no database. */
class OnboardingCheckTest {

    static final Object[] TEAMS = {"Key", "Name"};
    static final Object[] PEOPLE = {"Key", "Name", "E-mail", "Job title", "Team", "Role in team", "Login",
        "Tenant admin"};

    /** Logins as the accounts would answer: these are taken, in this tenant or another. */
    record TakenLogins(Set<String> taken) implements Logins {

        @Override
        public boolean isTaken(String login) {
            return taken.contains(login);
        }

        @Override
        public IssuedInvitation invite(long personId, String login, boolean tenantAdmin) {
            throw new AssertionError("a check invites nobody");
        }
    }

    @Test
    void a_person_in_two_teams_has_a_second_row_and_logins_come_with_their_people() {
        OnboardingPlan plan = check(Workbooks.create()
                .sheet("Teams", TEAMS, row("support", "Support"), row("sales", "Sales"))
                .sheet("People", PEOPLE,
                        row("ana", "Ana Silva", "ana@example.com", "Agent", "support", "lead", "Ana@Example.com", "yes"),
                        row("ana", "", "", "", "sales", "member"),
                        row("rui", "Rui Costa", "", "", "alpha", "", "rui", "no"),
                        row("eva", "Eva Lima")));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.teams()).extracting(OnboardingPlan.NewTeam::key).containsExactly("support", "sales");
        assertThat(plan.people()).extracting(OnboardingPlan.NewPerson::key).containsExactly("ana", "rui", "eva");
        assertThat(plan.places()).containsExactly(new OnboardingPlan.Place("ana", "support", TeamRole.LEAD),
                new OnboardingPlan.Place("ana", "sales", TeamRole.MEMBER),
                new OnboardingPlan.Place("rui", "alpha", TeamRole.MEMBER));
        assertThat(plan.logins()).containsExactly(new OnboardingPlan.NewLogin("ana", "ana@example.com", true),
                new OnboardingPlan.NewLogin("rui", "rui", false));
    }

    @Test
    void duplicate_keys_in_the_file_are_named_by_sheet_and_cell() {
        OnboardingPlan plan = check(Workbooks.create()
                .sheet("Teams", TEAMS, row("support", "Support"), row("support", "Support again"))
                .sheet("People", PEOPLE, row("ana", "Ana Silva"), row("ana", "Ana Sousa", "", "", "support"),
                        row("rui", "Rui"), row("rui", "", "", "", "")));

        assertThat(problems(plan)).containsExactly(
                tuple("Teams!A3", "onboarding.error.duplicate-team", List.of("support", 2)),
                tuple("People!A3", "onboarding.error.duplicate-person", List.of("ana", 2)),
                tuple("People!E5", "onboarding.error.repeat-without-team", List.of("rui", 4)));
        assertThat(plan.people()).extracting(OnboardingPlan.NewPerson::name).containsExactly("Ana Silva", "Rui");
    }

    @Test
    void a_row_of_every_kind_of_mistake_lists_every_problem_at_once() {
        OnboardingPlan plan = check(Workbooks.create()
                .sheet("People", PEOPLE,
                        row("Ana Silva", "Ana"),
                        row("rui", "", "rui@", "", "nowhere", "boss", "", "yes"),
                        row("eva", "Eva", "", "", "", "lead", "", "maybe")));

        assertThat(problems(plan)).extracting(problem -> problem.toList().get(0), problem -> problem.toList().get(1))
                .containsExactly(
                        tuple("People!A2", "onboarding.error.key"),
                        tuple("People!B3", "onboarding.error.missing-name"),
                        tuple("People!C3", "onboarding.error.email"),
                        tuple("People!E3", "onboarding.error.unknown-team"),
                        tuple("People!F3", "onboarding.error.role"),
                        tuple("People!H3", "onboarding.error.admin-without-login"),
                        tuple("People!F4", "onboarding.error.role-without-team"),
                        tuple("People!H4", "onboarding.error.yes-no"));
    }

    @Test
    void logins_are_checked_for_their_form_for_repeats_in_the_file_and_for_being_taken() {
        OnboardingPlan plan = check(Workbooks.create()
                .sheet("People", PEOPLE,
                        row("ana", "Ana", "", "", "", "", "ana silva"),
                        row("rui", "Rui", "", "", "", "", "rui@example.com"),
                        row("eva", "Eva", "", "", "", "", "RUI@example.com"),
                        row("ivo", "Ivo", "", "", "", "", "taken@example.com")),
                Set.of(), Set.of(), Set.of("taken@example.com"));

        assertThat(problems(plan)).containsExactly(
                tuple("People!G2", "onboarding.error.login", List.of("ana silva")),
                tuple("People!G4", "onboarding.error.duplicate-login", List.of("rui@example.com", 3)),
                tuple("People!G5", "onboarding.error.login-taken", List.of("taken@example.com")));
    }

    @Test
    void keys_the_tenant_has_are_problems_and_its_teams_may_be_joined() {
        OnboardingPlan plan = check(Workbooks.create()
                .sheet("Teams", TEAMS, row("alpha", "Alpha again"))
                .sheet("People", PEOPLE, row("member", "Member again"), row("new", "New person", "", "", "alpha")),
                Set.of("alpha"), Set.of("member"), Set.of());

        assertThat(problems(plan)).containsExactly(
                tuple("Teams!A2", "onboarding.error.team-exists", List.of("alpha")),
                tuple("People!A2", "onboarding.error.person-exists", List.of("member")));
        assertThat(plan.places()).containsExactly(new OnboardingPlan.Place("new", "alpha", TeamRole.MEMBER));
    }

    @Test
    void a_formula_and_an_over_long_cell_are_problems_not_values() {
        OnboardingPlan plan = check(Workbooks.create()
                .sheet("People", PEOPLE,
                        row("ana", new Workbooks.Formula("HYPERLINK(\"http://evil.test\",\"Ana\")")),
                        row("rui", "R".repeat(201), "", "J".repeat(30_000))));

        assertThat(problems(plan)).containsExactly(
                tuple("People!B2", "onboarding.error.formula", List.of()),
                tuple("People!B2", "onboarding.error.missing-name", List.of()),
                tuple("People!B3", "onboarding.error.too-long", List.of(200)),
                tuple("People!D3", "onboarding.error.too-long", List.of(200)));
    }

    @Test
    void sheets_and_headers_in_another_language_read_like_english_ones() {
        OnboardingPlan plan = check(Workbooks.create()
                .sheet("Zespoły", row("Klucz", "Nazwa"), row("gdansk", "Gdańsk"))
                .sheet("Pessoas", row("Nome", "Chave", "Equipa", "Papel na equipa", "Administrador da organização",
                        "Acesso"), row("Ana", "ana", "gdansk", "LÍDER", "sim", "ana@example.com")));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.places()).containsExactly(new OnboardingPlan.Place("ana", "gdansk", TeamRole.LEAD));
        assertThat(plan.logins()).containsExactly(new OnboardingPlan.NewLogin("ana", "ana@example.com", true));
    }

    @Test
    void an_empty_template_and_a_workbook_without_its_sheets_say_what_is_missing() {
        assertThat(check(Workbooks.create().sheet("Teams", TEAMS).sheet("People", PEOPLE)).problems())
                .extracting(SheetProblem::messageKey).containsExactly("onboarding.error.empty");
        assertThat(check(Workbooks.create().sheet("Staff", PEOPLE, row("ana", "Ana"))).problems())
                .extracting(SheetProblem::messageKey).containsExactly("onboarding.error.no-sheets");
        assertThat(check(Workbooks.create().sheet("People", row("Who", "What"), row("ana", "Ana"))).problems())
                .extracting(SheetProblem::sheet, SheetProblem::cell, SheetProblem::messageKey)
                .containsExactly(tuple("People", "A1", "onboarding.error.header"));
    }

    @Test
    void a_file_over_the_size_limit_is_refused_by_the_safe_reader_before_any_row_is_read() {
        byte[] big = Workbooks.create().sheet("People", PEOPLE, row("ana", "A".repeat(5_000))).bytes();

        assertThatThrownBy(() -> OnboardingWorkbook.read(big, XlsxReader.Limits.DEFAULTS.withMaxBytes(big.length - 1)))
                .isInstanceOf(SpreadsheetRefusal.class)
                .extracting(refusal -> ((SpreadsheetRefusal) refusal).messageKey())
                .isEqualTo("spreadsheet.error.too-large");
    }

    private static OnboardingPlan check(Workbooks workbook) {
        return check(workbook, Set.of("alpha"), Set.of(), Set.of());
    }

    private static OnboardingPlan check(Workbooks workbook, Set<String> teams, Set<String> people,
            Set<String> takenLogins) {
        return new OnboardingCheck(teams, people, new TakenLogins(takenLogins))
                .check(OnboardingWorkbook.read(workbook.bytes(), XlsxReader.Limits.DEFAULTS));
    }

    private static List<org.assertj.core.groups.Tuple> problems(OnboardingPlan plan) {
        return plan.problems().stream().map(problem -> tuple(problem.sheet() + "!" + problem.cell(),
                problem.messageKey(), problem.arguments())).toList();
    }
}
