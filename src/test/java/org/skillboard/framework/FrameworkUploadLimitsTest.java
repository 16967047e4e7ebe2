package org.skillboard.framework;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.base.UserFacingException;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFiles;
import org.skillboard.testsupport.TestFrameworks;
import org.skillboard.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A framework upload is bounded on the server while it is read, whatever the browser was told:
 * a file over the limit, nested too deep or repeating itself with aliases is refused with a
 * message, and nothing is stored.
 */
@SkillboardTest
class FrameworkUploadLimitsTest {

    static String tenant;

    @Autowired
    FrameworkInstaller installer;
    @Autowired
    FrameworkUploads uploads;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    UserDetailsService users;

    @BeforeAll
    static void aTenantWithoutFrameworks(@Autowired TenantFiles loader) {
        tenant = TestTenants.newSlug("fw-limits");
        assertThat(loader.load(tenant, tenant, TestTenants.yaml(tenant)).problems()).isEmpty();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** Bytes of a file that never ends, counting how many were taken. */
    private static final class EndlessFile extends InputStream {

        private final byte[] start;
        long taken;

        EndlessFile(String start) {
            this.start = start.getBytes(UTF_8);
        }

        @Override
        public int read() {
            int next = taken < start.length ? start[(int) taken] : '#';
            taken++;
            return next;
        }
    }

    @Test
    void a_framework_file_one_byte_over_the_limit_is_refused_while_read_and_nothing_is_stored() throws Exception {
        SignIn.as(users, TestTenants.login("admin", tenant));
        List<FrameworkSummary> before = frameworks.all();
        String file = TestFrameworks.bands("over", 1, "G", "F");
        FrameworkUploads small = new FrameworkUploads(installer, file.getBytes(UTF_8).length - 1);
        EndlessFile endless = new EndlessFile(file);

        UserFacingException refused = catchThrowableOfType(UserFacingException.class,
                () -> small.importUpload("over.yaml", endless));
        UserFacingException alsoRefused = catchThrowableOfType(UserFacingException.class,
                () -> small.importUpload("over.yaml", new ByteArrayInputStream(file.getBytes(UTF_8))));

        assertThat(refused.messageKey()).isEqualTo("framework-upload.too-large");
        assertThat(refused.arguments()).containsExactly(new BigDecimal("0.1"));
        assertThat(endless.taken).as("read up to the limit and one byte, no further").isEqualTo(small.maxBytes() + 1);
        assertThat(alsoRefused.messageKey()).isEqualTo("framework-upload.too-large");
        assertThat(frameworks.all()).isEqualTo(before);
    }

    @Test
    void a_framework_file_as_large_as_the_limit_is_installed() throws Exception {
        SignIn.as(users, TestTenants.login("admin", tenant));
        String file = TestFrameworks.bands("at-limit", 1, "G", "F");
        FrameworkUploads exact = new FrameworkUploads(installer, file.getBytes(UTF_8).length);

        FrameworkInstaller.ImportResult result = exact.importUpload("at-limit.yaml",
                new ByteArrayInputStream(file.getBytes(UTF_8)));

        assertThat(result.outcome()).isEqualTo(FrameworkInstaller.Outcome.CREATED);
        assertThat(frameworks.all()).extracting(FrameworkSummary::key).contains("at-limit");
    }

    @Test
    void the_configured_limit_is_two_megabytes() {
        SignIn.as(users, TestTenants.login("admin", tenant));

        assertThat(uploads.maxBytes()).isEqualTo(2 * 1024 * 1024);
    }

    @Test
    void two_hundred_thousand_nested_brackets_are_refused_with_the_depth_message_and_nothing_is_stored() {
        SignIn.as(users, TestTenants.login("admin", tenant));
        List<FrameworkSummary> before = frameworks.all();

        UserFacingException refused = catchThrowableOfType(UserFacingException.class, () -> uploads.importUpload(
                "deep.yaml", new ByteArrayInputStream("[".repeat(200_000).getBytes(UTF_8))));

        assertThat(refused.messageKey()).isEqualTo("yaml.error.too-deep");
        assertThat(refused.arguments()).containsExactly("deep.yaml", 1, 50);
        assertThat(frameworks.all()).isEqualTo(before);
    }

    @Test
    void a_billion_laughs_alias_document_is_refused_and_nothing_is_stored() {
        SignIn.as(users, TestTenants.login("admin", tenant));
        List<FrameworkSummary> before = frameworks.all();
        StringBuilder laughs = new StringBuilder("id: laughs\nlol: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level < 10; level++) {
            laughs.append("lol").append(level).append(": &l").append(level).append(" [")
                    .append(String.join(", ", Collections.nCopies(9, "*l" + (level - 1)))).append("]\n");
        }

        UserFacingException refused = catchThrowableOfType(UserFacingException.class, () -> uploads.importUpload(
                "laughs.yaml", new ByteArrayInputStream(laughs.toString().getBytes(UTF_8))));

        assertThat(refused.messageKey()).isEqualTo("yaml.error.too-many-aliases");
        assertThat(refused.arguments()).containsExactly("laughs.yaml", 4, 10);
        assertThat(frameworks.all()).isEqualTo(before);
    }
}
