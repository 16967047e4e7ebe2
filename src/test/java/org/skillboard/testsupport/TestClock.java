package org.skillboard.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * "Today" for every test: {@link #TODAY}, after the last demo assessment (2026-11-15) and in the
 * demo's 2026 H2 period. The app reads it from the {@link Clock} bean, which the shared test context
 * replaces with one that starts on that day and then runs on, so that dates are fixed while
 * timestamps taken one after the other still come in order.
 */
public final class TestClock {

    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private TestClock() {
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {

        @Bean
        @Primary
        Clock testClock() {
            Instant start = TODAY.atTime(8, 0).toInstant(ZoneOffset.UTC);
            return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), start));
        }
    }
}
