package org.skillboard.heatmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignedInViewTest;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestFrameworks;
import org.springframework.beans.factory.annotation.Autowired;

/** A Polish lead reads her team's counts in Polish grammar: "3 osoby", not "3 osób". */
@SkillboardTest
class HeatmapInPolishTest extends SignedInViewTest {

    static FreshTenant polish;

    @BeforeAll
    static void tenant(@Autowired TenantFixture tenants) {
        polish = tenants.tenant("hm-pl").locale("pl-PL").framework("skills", TestFrameworks.skills()).load();
    }

    @Test
    void the_summary_counts_people_and_skills_in_their_polish_plural_forms() {
        signInAs(polish, "lead");
        HeatmapView view = navigate(HeatmapView.class);
        int people = view.data().rows().size();

        assertThat(people).as("a few people, who take the form 'osoby' in Polish").isBetween(2, 4);
        assertThat(view.data().columns()).as("the two skills CEXP and CSMG").hasSize(2);
        assertThat($(Span.class).all()).extracting(Span::getText)
                .anySatisfy(text -> assertThat(text).startsWith(people + " osoby · 2 kompetencje i kryteria · "));
    }
}
