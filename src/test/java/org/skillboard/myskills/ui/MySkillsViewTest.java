package org.skillboard.myskills.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillboard.testsupport.TestClock.TODAY;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.AssessmentRecording;
import org.skillboard.assessment.NewAssessment;
import org.skillboard.framework.ItemLevels;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.jobprofile.JobProfileService;
import org.skillboard.jobprofile.JobProfileSummary;
import org.skillboard.myskills.MySkills;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SignedInViewTest;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestFrameworks;
import org.springframework.beans.factory.annotation.Autowired;

/** A member reads her own skills in Polish and assesses herself in one guided flow. */
@SkillboardTest
class MySkillsViewTest extends SignedInViewTest {

    static final ItemRef KNOWLEDGE = new ItemRef("bands", "knowledge");
    static final ItemRef CEXP = new ItemRef("skills", "CEXP");
    static final ItemRef CSMG = new ItemRef("skills", "CSMG");

    /** Read only: the page in Polish. */
    static FreshTenant page;
    /** The guided flow records into this one. */
    static FreshTenant flow;

    /**
     * Two Polish tenants alike: the bands criteria (G, F, E) and the skills framework; the member's job profile
     * "Agent" needs knowledge F, CEXP 4 and CSMG 3, and her lead rated her CEXP 3 last month.
     */
    @BeforeAll
    static void tenants(@Autowired TenantFixture tenants, @Autowired JobProfileService jobProfiles,
            @Autowired AssessmentRecording recording) {
        page = polish(tenants, "mys-page", jobProfiles, recording);
        flow = polish(tenants, "mys-flow", jobProfiles, recording);
    }

    private static FreshTenant polish(TenantFixture tenants, String prefix, JobProfileService jobProfiles,
            AssessmentRecording recording) {
        FreshTenant tenant = tenants.tenant(prefix).locale("pl-PL").framework("skills", TestFrameworks.skills())
                .framework("bands", TestFrameworks.bands("G", "F", "E")).load();
        long member = tenant.personId("member");
        tenant.signInAs("admin");
        JobProfileSummary agent = jobProfiles.createProfile("agent", "Agent", null);
        jobProfiles.require(agent.id(), KNOWLEDGE, "F");
        jobProfiles.require(agent.id(), CEXP, "4");
        jobProfiles.require(agent.id(), CSMG, "3");
        jobProfiles.assign(member, agent.id());
        tenant.signInAs("lead");
        recording.record(new NewAssessment(member, CEXP, AssessmentKind.MANAGER, "3", null, TODAY.minusMonths(1),
                null));
        SignIn.out();
        return tenant;
    }

    @Test
    void a_member_reads_her_skills_against_her_targets_in_polish() {
        signInAs(page, "member");
        navigate(MySkillsView.class);

        assertThat($(H2.class).single().getText()).isEqualTo("Moje kompetencje");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Moje kompetencje");
        assertThat(texts(Paragraph.class)).contains("Profil stanowiska: Agent");
        assertThat($(Span.class).id("my-skills-summary").getText())
                .isEqualTo("3 kompetencje i kryteria potrzebne na Twoim stanowisku · 3 poniżej celu");
        assertThat(texts(H3.class)).containsExactly("Bands bands", "Skills test framework");
        assertThat(texts(Span.class)).contains("Obecny poziom", "Cel", "Następny poziom", "brak oceny",
                "4 · Enable", "3 · Apply")
                .anySatisfy(text -> assertThat(text).startsWith("3 · Apply (Przełożony, "));
        assertThat($(com.vaadin.flow.component.details.Details.class).single().getSummaryText())
                .isEqualTo("Historia: 1 ocena");
    }

    @Test
    void a_sign_in_without_a_person_is_told_why_there_is_nothing() {
        signInAs(page, "admin");
        navigate(MySkillsView.class);

        assertThat(texts(Paragraph.class)).singleElement().asString()
                .startsWith("Twoje konto nie jest powiązane z żadną osobą");
        assertThat($(Button.class).all()).extracting(Button::getText).doesNotContain("Oceń siebie");
    }

    @Test
    void the_guided_flow_records_two_self_assessments_skips_one_and_marks_them_as_done_today() {
        signInAs(flow, "member");
        MySkillsView view = navigate(MySkillsView.class);

        test(button("Oceń siebie")).click();
        assertThat(progress()).isEqualTo("1 z 3");
        assertThat(texts(H3.class)).contains("Knowledge");
        choose("F");
        test($(TextArea.class).single()).setValue("Kurs wewnętrzny");
        test(button("Dalej")).click();

        assertThat(progress()).isEqualTo("2 z 3");
        assertThat(texts(H3.class)).contains("CEXP Customer experience");
        test(button("Pomiń")).click();

        assertThat(progress()).isEqualTo("3 z 3");
        test(button("Zakończ")).click();
        assertThat(texts(Paragraph.class)).as("no level chosen: she is asked for one").contains("Wybierz poziom.");
        choose("2");
        test(button("Zakończ")).click();

        assertThat(texts(Paragraph.class)).anySatisfy(text -> assertThat(text).startsWith("Zapisano 2 samooceny."));
        test(button("Zamknij")).click();

        MySkills model = view.model();
        assertThat(line(model, KNOWLEDGE).self()).isEqualTo("F");
        assertThat(line(model, KNOWLEDGE).selfOn()).isEqualTo(TODAY);
        assertThat(line(model, CEXP).self()).as("skipped").isNull();
        assertThat(line(model, CSMG).self()).isEqualTo("2");

        test(button("Oceń siebie")).click();
        assertThat($(Span.class).withClassName("sb-assessed-today").single().getText())
                .isEqualTo("Dzisiejsza samoocena jest już zapisana.");
        assertThat(levels().getValue().code()).as("her own level is where she starts").isEqualTo("F");
    }

    private String progress() {
        return $(Span.class).id("my-skills-progress").getText();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<ItemLevels.LevelText> levels() {
        return $(RadioButtonGroup.class, $(SelfAssessmentFlow.class).single()).single();
    }

    private void choose(String code) {
        RadioButtonGroup<ItemLevels.LevelText> levels = levels();
        levels.setValue(levels.getListDataView().getItems().filter(level -> level.code().equals(code)).findFirst()
                .orElseThrow());
    }

    private static MySkills.Line line(MySkills model, ItemRef item) {
        return model.lines().stream().filter(line -> line.item().equals(item)).findFirst().orElseThrow();
    }

    private <T extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasText> List<String> texts(Class<T> type) {
        return $(type).all().stream().map(com.vaadin.flow.component.HasText::getText).toList();
    }

    private Button button(String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }
}
