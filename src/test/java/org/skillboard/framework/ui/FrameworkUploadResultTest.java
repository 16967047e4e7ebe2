package org.skillboard.framework.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignedInViewTest;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestFrameworks;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The result of a framework upload is about the last file the admin chose: a refused file, by the
 * server or already by the browser, replaces what was said about the file before it (issue 15).
 */
@SkillboardTest
class FrameworkUploadResultTest extends SignedInViewTest {

    static FreshTenant tenant;

    @BeforeAll
    static void tenant(@Autowired TenantFixture tenants) {
        tenant = tenants.newTenant("fw-upload");
    }

    @Test
    void each_upload_replaces_the_result_of_the_one_before_also_when_the_browser_refuses_the_file() {
        signInAs(tenant, "admin");
        navigate(FrameworkAdminView.class);
        Upload upload = $(Upload.class).single();

        test(upload).upload("broken.yaml", "application/yaml", "id: Not-An-Id\n".getBytes(UTF_8));
        roundTrip();
        assertThat(heading()).isEqualTo("«broken.yaml» não foi guardado");

        // the browser refuses a file larger than the limit and says so in the texts the view gave it
        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "O ficheiro tem mais de 2 MB.", "huge.yaml"));
        roundTrip();
        assertThat(heading()).isEqualTo("«huge.yaml» não foi guardado");
        assertThat(text(result())).contains("O ficheiro tem mais de 2 MB.").doesNotContain("broken.yaml");
        assertThat(result().getClassNames()).contains("sb-problems");

        test(upload).upload("bands.yaml", "application/yaml", TestFrameworks.bands(1, "G", "F").getBytes(UTF_8));
        roundTrip();
        assertThat(result().getClassNames()).contains("sb-success").doesNotContain("sb-problems");
        assertThat(text(result())).doesNotContain("não foi guardado").doesNotContain("huge.yaml");
        assertThat($(H4.class, result()).all()).isEmpty();

        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload,
                "Só é possível carregar ficheiros .yaml, .yml e .xlsx.", "notes.txt"));
        roundTrip();
        assertThat(result().getClassNames()).contains("sb-problems").doesNotContain("sb-success");
        assertThat(text(result())).isEqualTo("«notes.txt» não foi guardado"
                + "Só é possível carregar ficheiros .yaml, .yml e .xlsx.");
    }

    private Component result() {
        return $(Component.class).withClassName("sb-upload-result").single();
    }

    private String heading() {
        return $(H4.class, result()).single().getText();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
