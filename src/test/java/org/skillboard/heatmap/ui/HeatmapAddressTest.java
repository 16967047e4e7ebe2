package org.skillboard.heatmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

/** The opened cell in a heatmap's address: written as person key and item code, read back the same. */
class HeatmapAddressTest {

    @Test
    void an_opened_cell_is_written_as_person_key_and_item_code_and_read_back() {
        HeatmapAddress address = HeatmapAddress.of(QueryParameters.fromString("team=7&cell=ana-ferreira~foco-cliente"));

        assertThat(address.cell()).isEqualTo(new HeatmapAddress.Cell("ana-ferreira", "foco-cliente"));
        assertThat(address.teamId()).isEqualTo(7L);
        assertThat(address.parameters().getQueryString()).isEqualTo("team=7&cell=ana-ferreira~foco-cliente");
        assertThat(HeatmapAddress.of(address.parameters())).isEqualTo(address);
    }

    @Test
    void an_item_code_with_a_tilde_keeps_it_and_the_person_key_ends_at_the_first() {
        assertThat(HeatmapAddress.Cell.parse("joao~a~b")).hasValue(new HeatmapAddress.Cell("joao", "a~b"));
    }

    @Test
    void a_cell_without_a_person_or_an_item_is_ignored() {
        for (String nonsense : new String[] {"ana-ferreira", "~CEXP", "ana~", "~", ""}) {
            assertThat(HeatmapAddress.of(QueryParameters.of("cell", nonsense)).cell()).as(nonsense).isNull();
        }
    }

    @Test
    void without_a_cell_the_address_names_none() {
        HeatmapAddress address = HeatmapAddress.of(QueryParameters.fromString("team=7"));

        assertThat(address.cell()).isNull();
        assertThat(address.parameters().getQueryString()).isEqualTo("team=7");
    }
}
