package org.skillboard.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one application context every Spring test shares: the whole app on a random
 * port, with the {@link TestClock}, {@link TenantFiles} and the {@link TenantFixture}. One context keeps the run fast,
 * and keeps process-wide state (Vaadin's security context strategy) from being set by a second
 * context behind the first's back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestClock.Configuration.class, TestMail.class, TenantFiles.class, TenantFixture.class, ServerSessions.class})
public @interface SkillboardTest {
}
