package org.skillboard.assessment;

import org.skillboard.testsupport.AuditWords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillboard.base.AdminChange;
import org.skillboard.base.UserFacingException;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Assessment periods never overlap, whoever saves them: a period that shares a day with another one in use
 * is refused with a message naming that period and both date ranges, in the admin's language, and nothing is
 * stored. A period made by mistake is archived, not deleted.
 */
@SkillboardTest
@RecordApplicationEvents
class AssessmentPeriodsTest {

    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    static final LocalDate JUN_30 = LocalDate.of(2026, 6, 30);
    static final LocalDate JUL_1 = LocalDate.of(2026, 7, 1);
    static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    @Autowired
    TenantFixture tenants;
    @Autowired
    AssessmentSettingsService settings;
    @Autowired
    AssessmentRecording recording;
    @Autowired
    AssessmentReads reads;
    @Autowired
    I18NProvider i18n;
    @Autowired
    ApplicationEvents events;

    FreshTenant tenant;

    /** A fresh tenant per test, whose admin has made the period "2026 H1". */
    @BeforeEach
    void aFirstHalfPeriod() {
        tenant = tenants.newSkillsTenant("periods");
        tenant.signInAs("admin");
        settings.savePeriod("2026-h1", "2026 H1", JAN_1, JUN_30);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_overlapping_period_is_refused_naming_the_other_period_and_both_date_ranges() {
        assertThatThrownBy(() -> settings.savePeriod("2026-h2", "2026 H2", JUN_30, DEC_31))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("assessment.error.period-overlap");
                    assertThat(i18n.getTranslation(refusal.messageKey(), Locale.forLanguageTag("pt-PT"),
                            refusal.arguments())).isEqualTo("«2026 H2» (30 de junho de 2026 – 31 de dezembro de 2026)"
                                    + " sobrepõe-se ao período «2026 H1» (1 de janeiro de 2026 – 30 de junho de 2026)."
                                    + " Altere as datas para que um período termine antes de o outro começar, ou"
                                    + " arquive primeiro «2026 H1».");
                    assertThat(refusal.getMessage()).contains("“2026 H1” (January 1, 2026 – June 30, 2026)");
                });

        assertThat(settings.periods()).extracting(PeriodSummary::key).containsExactly("2026-h1");
    }

    @Test
    void a_period_that_starts_the_day_after_another_ends_is_accepted() {
        settings.savePeriod("2026-h2", "2026 H2", JUL_1, DEC_31);

        assertThat(settings.periods()).extracting(PeriodSummary::key).containsExactly("2026-h2", "2026-h1");
        assertThat(events.stream(AdminChange.class).filter(change -> change.kind() != AdminChange.Kind.TENANT)).extracting(AdminChange::kind, AdminChange::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AdminChange.Kind.PERIOD, "created"),
                        org.assertj.core.groups.Tuple.tuple(AdminChange.Kind.PERIOD, "created"));
    }

    @Test
    void moving_a_period_onto_another_or_ending_it_before_it_starts_is_refused_and_changes_nothing() {
        settings.savePeriod("2026-h2", "2026 H2", JUL_1, DEC_31);

        assertThatThrownBy(() -> settings.savePeriod("2026-h2", "2026 H2", JUN_30.minusMonths(1), DEC_31))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> assertThat(refusal.messageKey())
                        .isEqualTo("assessment.error.period-overlap"));
        assertThatThrownBy(() -> settings.savePeriod("2027-h1", "2027 H1", LocalDate.of(2027, 6, 30),
                LocalDate.of(2027, 1, 1))).isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("assessment.error.period-dates"));

        assertThat(settings.periods()).extracting(PeriodSummary::key, PeriodSummary::startsOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-h2", JUL_1),
                        org.assertj.core.groups.Tuple.tuple("2026-h1", JAN_1));
    }

    @Test
    void an_archived_period_keeps_its_name_in_the_history_and_makes_room_for_a_corrected_one() {
        long member = tenant.personId("member");
        tenant.signInAs("admin");
        PeriodSummary wrong = settings.savePeriod("2026-h2", "2026 H2 (wrong dates)", JUN_30.plusDays(2), DEC_31);
        tenant.signInAs("lead");
        ItemRef cexp = new ItemRef("skills", "CEXP");
        recording.record(NewAssessment.today(member, cexp, AssessmentKind.MANAGER, "3", null));

        tenant.signInAs("admin");
        settings.archivePeriod(wrong.id());
        settings.savePeriod("2026-h2-fixed", "2026 H2", JUL_1, DEC_31);

        assertThat(settings.periods()).extracting(PeriodSummary::name).containsExactly("2026 H2", "2026 H1");
        assertThat(settings.periodsWithArchived()).extracting(PeriodSummary::archived).contains(true);
        assertThat(reads.history(member, cexp)).singleElement().extracting(AssessmentEntry::periodName)
                .isEqualTo("2026 H2 (wrong dates)");
        assertThatThrownBy(() -> settings.restorePeriod(wrong.id())).isInstanceOfSatisfying(
                UserFacingException.class, refusal -> assertThat(refusal.arguments()[3]).isEqualTo("2026 H2"));

        tenant.signInAs("lead");
        assertThat(recording.record(NewAssessment.today(member, cexp, AssessmentKind.MANAGER, "4", null))
                .periodName()).as("new assessments fall into the period in use").isEqualTo("2026 H2");
        tenant.signInAs("admin");
        assertThat(events.stream(AdminChange.class).filter(change -> change.kind() != AdminChange.Kind.TENANT)).extracting(AdminChange::action)
                .containsExactly("created", "created", "archived", "created");
    }

    @Test
    void a_restored_period_is_in_use_again() {
        PeriodSummary h1 = settings.periods().getFirst();
        settings.archivePeriod(h1.id());
        assertThat(settings.periods()).isEmpty();

        settings.restorePeriod(h1.id());

        assertThat(settings.periods()).extracting(PeriodSummary::key).containsExactly("2026-h1");
        assertThat(events.stream(AdminChange.class).filter(change -> change.kind() != AdminChange.Kind.TENANT)).extracting(AdminChange::action)
                .containsExactly("created", "archived", "restored");
    }

    @Test
    void a_lead_or_a_member_cannot_archive_a_period_or_change_the_rules() {
        long h1 = settings.periods().getFirst().id();
        tenant.signInAs("lead");
        assertThatThrownBy(() -> settings.archivePeriod(h1)).isInstanceOf(AccessDeniedException.class);
        tenant.signInAs("member");
        assertThatThrownBy(() -> settings.archivePeriod(h1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.savePeriod("x", "X", JUL_1, DEC_31))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.changeRules(6, true)).isInstanceOf(AccessDeniedException.class);

        assertThat(settings.periods()).extracting(PeriodSummary::archived).containsExactly(false);
    }

    @Test
    void changing_the_rules_is_audited_with_before_and_after() {
        settings.changeRules(6, true);

        assertThat(events.stream(AdminChange.class).filter(change -> change.kind() != AdminChange.Kind.TENANT)).filteredOn(change -> change.kind() == AdminChange.Kind.SETTINGS)
                .singleElement().satisfies(change -> {
                    assertThat(AuditWords.english(change.before()))
                            .isEqualTo("review interval (months): 12; peer assessments: off");
                    assertThat(AuditWords.english(change.after()))
                            .isEqualTo("review interval (months): 6; peer assessments: on");
                    assertThat(AuditWords.in(java.util.Locale.forLanguageTag("pt"), change.after()))
                            .isEqualTo("intervalo de revisão (meses): 6; avaliações entre pares: sim");
                });
    }

    @Test
    void another_tenants_period_is_not_found() {
        long h1 = settings.periods().getFirst().id();
        FreshTenant other = tenants.newTenant("periods-b");
        other.signInAs("admin");

        assertThatThrownBy(() -> settings.archivePeriod(h1)).isInstanceOfSatisfying(UserFacingException.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo("assessment.error.period-not-found"));
        tenant.signInAs("admin");
        assertThat(settings.periods()).extracting(PeriodSummary::archived).containsExactly(false);
    }
}
