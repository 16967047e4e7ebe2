package org.skillboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.skillboard.base.UserFacingException;
import org.skillboard.excel.Texts;

/** A count takes its language's plural form, in the UI, in the English of refusals and in workbooks. */
class PluralTextsTest {

    private static final Locale POLISH = Locale.of("pl");
    private static final Locale PORTUGUESE = Locale.of("pt");
    private static final Locale ESTONIAN = Locale.of("et");

    private final Translations.IcuProvider texts = new Translations.IcuProvider();

    @Test
    void polish_counts_people_with_one_few_and_many() {
        assertThat(people(POLISH, 1)).isEqualTo("1 osoba");
        assertThat(people(POLISH, 2)).isEqualTo("2 osoby");
        assertThat(people(POLISH, 5)).isEqualTo("5 osób");
        assertThat(people(POLISH, 12)).isEqualTo("12 osób");
        assertThat(people(POLISH, 22)).isEqualTo("22 osoby");
    }

    @Test
    void portuguese_and_estonian_count_people_in_their_own_forms() {
        assertThat(people(PORTUGUESE, 1)).isEqualTo("1 pessoa");
        assertThat(people(PORTUGUESE, 2)).isEqualTo("2 pessoas");
        // Portugal's rule, not Brazil's "0 pessoa"
        assertThat(people(PORTUGUESE, 0)).isEqualTo("0 pessoas");
        assertThat(people(ESTONIAN, 1)).isEqualTo("1 inimene");
        assertThat(people(ESTONIAN, 2)).isEqualTo("2 inimest");
        assertThat(people(Locale.ENGLISH, 1)).isEqualTo("1 person");
    }

    @Test
    void the_heatmap_summary_reads_well_for_one_person_and_one_skill() {
        assertThat(texts.getTranslation("heatmap.summary", POLISH, 4, 1, "1.12.2026"))
                .startsWith("4 osoby · 1 kompetencja lub kryterium · ");
        assertThat(texts.getTranslation("heatmap.summary", PORTUGUESE, 1, 7, "1/12/2026"))
                .startsWith("1 pessoa · 7 competências e critérios · ");
    }

    @Test
    void a_text_without_arguments_is_shown_as_written() {
        assertThat(texts.getTranslation("app.tagline", Locale.ENGLISH)).contains("team's skills");
    }

    @Test
    void refusals_and_workbooks_use_the_same_plural_rules() {
        assertThat(new UserFacingException("sheets.error.has-problems", 1).getMessage())
                .isEqualTo("The sheet still has 1 problem; nothing was stored.");
        ResourceBundle polish = ResourceBundle.getBundle("vaadin-i18n.translations", POLISH);
        assertThat(Texts.of(polish::getString, POLISH).format("upload.progress.storing", 3, 5))
                .isEqualTo("Zapisywanie: 3 z 5 ocen");
    }

    @Test
    void a_day_in_a_text_is_written_the_readers_way_without_a_time() {
        assertThat(texts.getTranslation("people-admin.status.left-on", PORTUGUESE, LocalDate.of(2026, 12, 1)))
                .isEqualTo("Saiu a 1 de dez. de 2026");
        assertThat(texts.getTranslation("people-admin.status.left-on", Locale.ENGLISH, LocalDate.of(2026, 12, 1)))
                .doesNotContain("2026-12-01").contains("Dec 1, 2026");
    }

    private String people(Locale locale, int count) {
        return texts.getTranslation("home.team.people", locale, count);
    }
}
