package org.skillboard.framework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How an item is named to people: a short code is a name they use, a long one is a key for files only. */
class ItemNamesTest {

    @Test
    void a_short_code_is_shown_with_the_name() {
        assertThat(CatalogueItem.named("CEXP", "Customer experience")).isEqualTo("CEXP Customer experience");
        assertThat(CatalogueItem.shownCode("CEXP")).isEqualTo("CEXP");
    }

    @Test
    void a_long_code_is_a_key_and_only_the_name_is_shown() {
        assertThat(CatalogueItem.named("conocimiento-productos-servicios", "Conocimiento de productos y servicios"))
                .isEqualTo("Conocimiento de productos y servicios");
        assertThat(CatalogueItem.shownCode("foco-cliente-interno")).isNull();
    }

    @Test
    void an_item_without_a_name_falls_back_to_its_code() {
        assertThat(CatalogueItem.named("foco-cliente-interno", null)).isEqualTo("foco-cliente-interno");
    }
}
