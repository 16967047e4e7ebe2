package org.skillboard.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Keys suggested from names: ASCII, lower case, hyphenated, and free in the tenant. */
class KeysTest {

    @Test
    void letters_with_marks_lose_their_marks() {
        assertThat(Keys.slug("Ülle Mägi", "person")).isEqualTo("ulle-magi");
        assertThat(Keys.slug("  João  da Conceição ", "person")).isEqualTo("joao-da-conceicao");
        assertThat(Keys.slug("Łukasz Żółć-Brzęczyszczykiewicz", "person"))
                .isEqualTo("lukasz-zolc-brzeczyszczykiewicz");
        assertThat(Keys.slug("Søren Østergaard", "person")).isEqualTo("soren-ostergaard");
    }

    @Test
    void a_name_with_nothing_in_ascii_falls_back_and_a_long_one_is_cut() {
        assertThat(Keys.slug("Анна", "person")).isEqualTo("person");
        assertThat(Keys.slug("---", "team")).isEqualTo("team");
        assertThat(Keys.slug("a ".repeat(80), "person")).hasSizeLessThanOrEqualTo(Keys.MAX_BASE_LENGTH)
                .doesNotEndWith("-");
    }

    @Test
    void a_taken_key_gets_the_lowest_free_number() {
        assertThat(Keys.unique("ulle-magi", List.of())).isEqualTo("ulle-magi");
        assertThat(Keys.unique("ulle-magi", List.of("ulle-magi"))).isEqualTo("ulle-magi-2");
        assertThat(Keys.unique("ulle-magi", List.of("ulle-magi", "ulle-magi-2", "ulle-magi-4")))
                .isEqualTo("ulle-magi-3");
    }
}
