package org.skillboard.tenantfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillboard.maturity.MaturityService;
import org.skillboard.maturity.MaturityUnit;
import org.skillboard.maturity.UnitResult;
import org.skillboard.maturity.WorksheetAnswers;
import org.skillboard.people.PeopleAdministration;
import org.skillboard.tenantfiles.TenantFileLoader.Outcome;
import org.skillboard.tenantfiles.TenantFileLoader.Status;
import org.skillboard.testsupport.TenantFiles;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TestFrameworks;
import org.skillboard.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Loading a tenant's maturity assessments file: each worksheet once however often the
 * files are loaded, applied again only when tenant.yaml or the maturity file changed, and
 * a worksheet that does not fit the model reported with its line while the others load.
 */
@SkillboardTest
class TenantMaturityLoaderTest {

    private static final String FAMILY = "maturity";
    /** Appended to {@link TestTenants#yaml}: teams alpha (lead; member, nologin) and beta (lead2; other). */
    private static final String SECTIONS = """
            frameworks: [maturity]
            maturity-assessments: maturity.yaml
            """;
    private static final String HEADER = "model: maturity\nassessments:\n";
    /** Three worksheets of 15 lines each, from line 3: the organisation by both leads, and team alpha. */
    private static final String WORKSHEETS = HEADER
            + worksheet("organisation", "lead", "2025-11-03", "2 -> 4", "1 -> 3", "2 -> 3")
            + worksheet("organisation", "lead2", "2025-11-05", "3 -> 4", "2 -> 4", "2 -> 4")
            + worksheet("alpha", "member", "2025-11-06", "2 -> 3", "2 -> 3", "1 -> 3");

    @Autowired
    TenantFiles loader;
    @Autowired
    MaturityService maturity;
    @Autowired
    PeopleAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_tenant_files_maturity_assessments_load_as_completed_worksheets_of_their_units() {
        String slug = TestTenants.newSlug("maturity");

        Outcome outcome = load(slug, tenant(slug), WORKSHEETS);

        assertThat(outcome.status()).isEqualTo(Status.APPLIED);
        assertThat(outcome.problems()).isEmpty();
        signInAsAdmin(slug);
        List<UnitResult> overview = maturity.overview(FAMILY, Locale.ENGLISH);
        assertThat(overview).extracting(UnitResult::teamName, UnitResult::assessors).containsExactly(
                tuple(null, 2), tuple("Alpha " + slug, 1), tuple("Beta " + slug, 0));
        UnitResult organisation = overview.getFirst();
        assertThat(organisation.round().name()).isEqualTo("2025");
        assertThat(organisation.dimensions()).extracting(UnitResult.DimensionResult::code,
                dimension -> dimension.today().median(), dimension -> dimension.target().median()).containsExactly(
                        tuple("feedback", 2.5, 4.0), tuple("ownership", 1.5, 3.5), tuple("metrics", 2.0, 3.5));
        assertThat(organisation.answers()).extracting(UnitResult.AssessorAnswers::name)
                .containsExactly("Lead " + slug, "Second lead " + slug);
        WorksheetAnswers lead = organisation.answers().getFirst().answers();
        assertThat(lead.assessedOn()).isEqualTo(LocalDate.of(2025, 11, 3));
        assertThat(lead.choice("ownership")).isEqualTo(new WorksheetAnswers.Choice("1", "3"));
        assertThat(lead.ambition()).isEqualTo("lead's ambition for organisation.");
        assertThat(lead.changes()).containsExactly(
                new WorksheetAnswers.Change("lead's first change.", "Board", LocalDate.of(2026, 6, 30)),
                new WorksheetAnswers.Change("lead's second change.", "lead", LocalDate.of(2026, 12, 31)));
        assertThat(maturity.result(FAMILY, MaturityUnit.team(teamId(slug, "alpha")), null, Locale.ENGLISH)
                .dimensions()).extracting(dimension -> dimension.today().median()).containsExactly(2.0, 2.0, 1.0);
    }

    @Test
    void loading_the_same_or_a_changed_file_again_adds_no_worksheet_twice() {
        String slug = TestTenants.newSlug("matagain");
        assertThat(load(slug, tenant(slug), WORKSHEETS).status()).isEqualTo(Status.APPLIED);
        assertThat(countWorksheets(slug)).isEqualTo(3);

        assertThat(load(slug, tenant(slug), WORKSHEETS).status()).isEqualTo(Status.UNCHANGED);
        // tenant.yaml changed: everything is applied again, nothing is added twice
        assertThat(load(slug, "# edited\n" + tenant(slug), WORKSHEETS).status()).isEqualTo(Status.APPLIED);
        assertThat(countWorksheets(slug)).isEqualTo(3);

        // only the maturity file changed: the new worksheet is added, the others are not added again
        String more = WORKSHEETS + worksheet("beta", "other", "2026-05-04", "3 -> 4", "3 -> 3", "2 -> 4");
        Outcome outcome = load(slug, "# edited\n" + tenant(slug), more);
        assertThat(outcome.status()).isEqualTo(Status.APPLIED);
        assertThat(outcome.problems()).isEmpty();
        assertThat(countWorksheets(slug)).isEqualTo(4);
        assertThat(load(slug, "# edited\n" + tenant(slug), more).status()).isEqualTo(Status.UNCHANGED);
        signInAsAdmin(slug);
        assertThat(maturity.result(FAMILY, MaturityUnit.team(teamId(slug, "beta")), null, Locale.ENGLISH))
                .satisfies(beta -> {
                    assertThat(beta.assessors()).isEqualTo(1);
                    assertThat(beta.round().name()).isEqualTo("2026");
                });
    }

    @Test
    void a_worksheet_that_does_not_fit_the_model_is_reported_with_file_and_line_and_the_others_load() {
        String slug = TestTenants.newSlug("matbad");
        String wrong = WORKSHEETS
                + worksheet("beta", "lead2", "2025-11-07", "2 -> 4", "3 -> 2", "2 -> 7")
                + worksheet("beta", "other", "2025-11-07", "2 -> 4", "2 -> 3", "2 -> 3")
                        .replace("feedback:", "feedbak:")
                + """
                  - unit: alpha
                    assessor: lead
                    date: 2025-11-08
                    levels:
                      feedback: 2 -> 4
                    ambition: Missing two dimensions.
                    changes:
                      - {change: One., owner: Board, due: 2026-04-01}
                      - {change: Two., owner: Board, due: 2026-04-01}
                """;

        Outcome outcome = load(slug, tenant(slug), wrong);

        assertThat(outcome.status()).isEqualTo(Status.APPLIED);
        String file = slug + "/maturity.yaml";
        assertThat(outcome.problems()).containsExactly(
                file + ":53: assessments[3].levels.ownership: the level in five years (2) is below today's (3); "
                        + "this assessment was not loaded",
                file + ":54: assessments[3].levels.metrics: “7” is not a level of the maturity model maturity (its "
                        + "scale has 1, 2, 3, 4, 5, 6); this assessment was not loaded",
                file + ":67: assessments[4].levels.feedbak: no dimension “feedbak” in the maturity model maturity "
                        + "(it has feedback, ownership, metrics); this assessment was not loaded",
                file + ":67: assessments[4].levels: no levels for feedback: a completed worksheet rates every "
                        + "dimension of the model; this assessment was not loaded",
                file + ":82: assessments[5].levels: no levels for ownership, metrics: a completed worksheet rates "
                        + "every dimension of the model; this assessment was not loaded");
        assertThat(countWorksheets(slug)).isEqualTo(3);
        signInAsAdmin(slug);
        assertThat(maturity.overview(FAMILY, Locale.ENGLISH)).extracting(UnitResult::assessors)
                .containsExactly(2, 1, 0);

        // the problems are reported again at the next load, and nothing is added twice
        Outcome again = load(slug, tenant(slug), wrong);
        assertThat(again.problems()).hasSize(5);
        assertThat(countWorksheets(slug)).isEqualTo(3);
    }

    @Test
    void a_model_the_tenant_does_not_have_is_reported_and_the_rest_of_the_tenant_loads() {
        String slug = TestTenants.newSlug("matmodel");

        Outcome outcome = load(slug, tenant(slug), WORKSHEETS.replace("model: maturity", "model: cx-maturity"));

        assertThat(outcome.status()).isEqualTo(Status.APPLIED);
        assertThat(outcome.problems()).containsExactly(slug + "/maturity.yaml:1: model: no maturity model "
                + "“cx-maturity” among the tenant's frameworks (it has maturity; a maturity model is a framework of "
                + "kind maturity listed in frameworks of tenant.yaml); no maturity assessment was loaded");
        assertThat(countWorksheets(slug)).isZero();
        signInAsAdmin(slug);
        assertThat(administration.people()).hasSize(5);
    }

    /** A worksheet of 15 lines; the assessor owns its second change. */
    private static String worksheet(String unit, String assessor, String date, String feedback, String ownership,
            String metrics) {
        return """
                  - unit: %1$s
                    assessor: %2$s
                    date: %3$s
                    levels:
                      feedback: %4$s
                      ownership: %5$s
                      metrics: %6$s
                    ambition: %2$s's ambition for %1$s.
                    changes:
                      - change: %2$s's first change.
                        owner: Board
                        due: 2026-06-30
                      - change: %2$s's second change.
                        owner: %2$s
                        due: 2026-12-31
                """.formatted(unit, assessor, date, feedback, ownership, metrics);
    }

    private static String tenant(String slug) {
        return TestTenants.yaml(slug) + SECTIONS;
    }

    private Outcome load(String slug, String tenantFile, String maturityFile) {
        return loader.load(slug + "/tenant.yaml", slug, tenantFile,
                id -> id.equals("maturity") ? Optional.of(TestFrameworks.maturity()) : Optional.empty(),
                name -> name.equals("maturity.yaml") ? Optional.of(maturityFile) : Optional.empty());
    }

    private int countWorksheets(String slug) {
        Integer count = new JdbcTemplate(dataSource).queryForObject("select count(*) from maturity_assessment a "
                + "join tenant t on t.id = a.tenant_id where t.slug = ? and a.status = 'COMPLETED'", Integer.class,
                slug);
        return count == null ? 0 : count;
    }

    private long teamId(String slug, String key) {
        signInAsAdmin(slug);
        return administration.teams().stream().filter(team -> team.key().equals(key)).findFirst().orElseThrow()
                .id();
    }

    private void signInAsAdmin(String slug) {
        SignIn.as(users, TestTenants.login("admin", slug));
    }
}
