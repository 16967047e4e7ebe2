package org.skillboard.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.skillboard.base.yaml.YamlProblems;
import org.skillboard.framework.VersionChanges.Change;
import org.skillboard.framework.VersionChanges.What;
import org.skillboard.testsupport.TestFrameworks;

/** What changed between two versions of a letter-band framework, as the library lists it. */
class VersionChangesTest {

    @Test
    void a_band_dropped_one_added_and_one_moved_down_the_scale_are_listed_with_the_item_that_uses_them() {
        FrameworkDefinition older = read(TestFrameworks.bands("bands", 1, "G", "F", "E"));
        FrameworkDefinition newer = read(TestFrameworks.bands("bands", 2, "G", "E", "D"));

        VersionChanges changes = VersionChanges.between(older, newer);

        assertThat(changes.fromVersion()).isEqualTo(1);
        assertThat(changes.toVersion()).isEqualTo(2);
        assertThat(changes.levels()).containsExactly(new Change(What.CHANGED, "E", null),
                new Change(What.ADDED, "D", null), new Change(What.REMOVED, "F", null));
        assertThat(changes.items()).containsExactly(new Change(What.CHANGED, "knowledge", "Knowledge"));
    }

    @Test
    void the_same_content_under_a_new_number_changed_nothing() {
        VersionChanges changes = VersionChanges.between(read(TestFrameworks.bands("bands", 1, "G", "F")),
                read(TestFrameworks.bands("bands", 2, "G", "F")));

        assertThat(changes.none()).isTrue();
    }

    private static FrameworkDefinition read(String yaml) {
        YamlProblems problems = new YamlProblems();
        return FrameworkFileReader.read("bands.yaml", null, new StringReader(yaml), problems)
                .orElseThrow(() -> new AssertionError(problems.all()));
    }
}
