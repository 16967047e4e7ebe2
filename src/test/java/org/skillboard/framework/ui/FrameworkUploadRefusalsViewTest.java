package org.skillboard.framework.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.framework.FrameworkService;
import org.skillboard.framework.FrameworkSummary;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignedInViewTest;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.springframework.beans.factory.annotation.Autowired;

/** A hostile framework file on the admin page: refused in the admin's language, nothing stored. */
@SkillboardTest
class FrameworkUploadRefusalsViewTest extends SignedInViewTest {

    /** In Portuguese, with the Spanish progression criteria. */
    static FreshTenant iberian;

    @Autowired
    FrameworkService frameworks;

    @BeforeAll
    static void tenants(@Autowired TenantFixture tenants) {
        iberian = tenants.tenant("fu-pt").shippedFramework("criterios-cs").load();
    }

    @Test
    void an_admin_uploading_two_hundred_thousand_nested_brackets_reads_why_in_portuguese() {
        signInAs(iberian, "admin");
        navigate(FrameworkAdminView.class);
        List<FrameworkSummary> before = frameworks.all();

        test($(Upload.class).single()).upload("deep.yaml", "application/yaml", "[".repeat(200_000).getBytes(UTF_8));
        roundTrip();

        Component result = $(Component.class).withClassName("sb-upload-result").single();
        assertThat($(H4.class, result).single().getText()).isEqualTo("«deep.yaml» não foi guardado");
        assertThat($(Paragraph.class, result).single().getText()).startsWith("deep.yaml, linha 1: as listas e os"
                + " campos estão encaixados em mais de 50 níveis");
        assertThat(frameworks.all()).isEqualTo(before);
    }

    @Test
    void an_admin_uploading_more_than_the_limit_hears_the_limit_and_nothing_is_stored() {
        signInAs(iberian, "admin");
        navigate(FrameworkAdminView.class);
        List<FrameworkSummary> before = frameworks.all();

        test($(Upload.class).single()).upload("huge.yaml", "application/yaml", new byte[2 * 1024 * 1024 + 1]);
        roundTrip();

        Component result = $(Component.class).withClassName("sb-upload-result").single();
        assertThat($(Paragraph.class, result).single().getText())
                .startsWith("O ficheiro tem mais de 2 MB, o máximo permitido para um ficheiro de referencial");
        assertThat(frameworks.all()).isEqualTo(before);
    }
}
