package org.skillboard.framework.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.FrameworkDefinition.Category;
import org.skillboard.framework.FrameworkDefinition.Item;
import org.skillboard.framework.FrameworkDefinition.ItemLevel;
import org.skillboard.framework.FrameworkDefinition.Level;
import org.skillboard.framework.FrameworkDefinition.Note;
import org.skillboard.framework.FrameworkKind;

/**
 * An administrator translating a Portuguese framework into English sees what she has not translated yet: texts
 * left empty and texts still word for word as in Portuguese, each named in words; what she types leaves the list.
 */
class UntranslatedTest {

    private static final FrameworkDefinition PORTUGUESE = new FrameworkDefinition("atendimento-pt", "atendimento",
            "Atendimento", Locale.forLanguageTag("pt"), FrameworkKind.SKILLS, 1, "Equipa", "CC BY", "Como atendemos.",
            null, List.of(new Note("Níveis", "Os níveis 1 e 2 são os primeiros.")), "Níveis",
            List.of(new Level("1", "Seguir", "Trabalha com orientação.", null, List.of(), null),
                    new Level("2", "Ajudar", null, null, List.of(), null)),
            List.of(new Category("pessoas", "Pessoas", "Quem trabalha connosco.")),
            List.of(new Item("escuta", "Escuta", "pessoas", "Ouve o cliente.", null, null,
                    List.of("Resumir a chamada"), null, null, false,
                    List.of(new ItemLevel("1", "Ouve.", null), new ItemLevel("2", "Resume.", null))),
                    new Item("so-em-pt", "Só em português", "pessoas", "Ainda não existe em inglês.", null, null,
                            List.of(), null, null, false, List.of(new ItemLevel("1", "Existe.", null)))));

    /** A translation half done: some texts typed in English, some left as copied, some empty. */
    private static final FrameworkDefinition ENGLISH = new FrameworkDefinition("atendimento-en", "atendimento",
            "Customer service", Locale.ENGLISH, FrameworkKind.SKILLS, 1, "Equipa", "CC BY", null, null, List.of(),
            "Níveis",
            List.of(new Level("1", "Follow", "Trabalha com orientação. ", null, List.of(), null),
                    new Level("2", "Assist", null, null, List.of(), null)),
            List.of(new Category("pessoas", "People", "Who works with us.")),
            List.of(new Item("escuta", "Listening", "pessoas", "Listens to the customer.", null, null, List.of(),
                    null, null, false, List.of(new ItemLevel("1", "Listens.", null)))));

    @Test
    void lists_texts_left_empty_and_texts_still_as_in_the_other_language_each_named_in_words() {
        assertThat(Untranslated.in(ENGLISH, PORTUGUESE)).extracting(text -> text.where().english())
                .containsExactly("the framework: Description", "the framework: Name of the scale",
                        "the level 1 of the scale: Summary", "the item “Listening”: Activity 1",
                        "the level 2 of the item “Listening”", "the note “Níveis”: Title",
                        "the note “Níveis”: Text");
    }

    @Test
    void shows_the_other_languages_text_next_to_the_drafts() {
        Untranslated.Text summary = Untranslated.in(ENGLISH, PORTUGUESE).get(2);

        assertThat(summary.theirs()).isEqualTo("Trabalha com orientação.");
        assertThat(summary.ours()).isEqualTo("Trabalha com orientação. ");
        assertThat(summary.translated()).isFalse();
    }

    @Test
    void what_is_typed_leaves_the_list_and_an_item_level_or_note_the_draft_lacks_is_added() {
        FrameworkDefinition typed = ENGLISH;
        for (Untranslated.Text text : Untranslated.in(ENGLISH, PORTUGUESE)) {
            typed = text.field().typed(typed, "In English: " + text.theirs());
        }

        assertThat(Untranslated.in(typed, PORTUGUESE)).isEmpty();
        assertThat(typed.items().getFirst().levels()).extracting(ItemLevel::code).containsExactly("1", "2");
        assertThat(typed.items().getFirst().activities()).containsExactly("In English: Resumir a chamada");
        assertThat(typed.notes()).containsExactly(new Note("In English: Níveis",
                "In English: Os níveis 1 e 2 são os primeiros."));
        assertThat(typed.name()).as("what was translated stays").isEqualTo("Customer service");
    }

    @Test
    void emptying_a_translated_text_lists_it_again() {
        TextField name = new TextField(TextField.Place.ITEM, "escuta", TextField.NAME, 0);

        FrameworkDefinition emptied = name.typed(ENGLISH, "  ");

        assertThat(name.in(emptied)).isNull();
        assertThat(Untranslated.in(emptied, PORTUGUESE)).extracting(text -> text.field()).contains(name);
    }

    @Test
    void an_item_the_draft_does_not_have_is_not_a_translation_to_list() {
        assertThat(Untranslated.sideBySide(ENGLISH, PORTUGUESE)).extracting(text -> text.field().code())
                .doesNotContain("so-em-pt");
    }
}
