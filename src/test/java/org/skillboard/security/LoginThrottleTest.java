package org.skillboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Password guessing is slowed down, a real user is never locked out by someone else. */
class LoginThrottleTest {

    private static final String ANNA = "anna@acme.test";
    private static final String HOME = "192.0.2.10";
    private static final String ATTACKER = "198.51.100.66";

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void a_few_mistakes_cost_nothing() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
            assertThat(throttle.waitBefore(ANNA, HOME)).isEmpty();
            throttle.failed(ANNA, HOME);
        }

        assertThat(throttle.waitBefore(ANNA, HOME)).isEmpty();
    }

    @Test
    void repeated_failures_for_one_account_and_address_make_each_attempt_wait_twice_as_long() {
        failFreely(ANNA, HOME, LoginThrottle.FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS);

        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            throttle.failed(ANNA, HOME);
            Duration wait = throttle.waitBefore(ANNA, HOME).orElseThrow();
            waits.add(wait);
            clock.advance(wait);
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8), Duration.ofSeconds(16));
    }

    @Test
    void someone_who_waits_out_a_lock_gets_no_fresh_free_guesses() {
        for (int i = 0; i < 40; i++) {
            throttle.failed(ANNA, ATTACKER);
            throttle.waitBefore(ANNA, ATTACKER).ifPresent(clock::advance);
        }
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore(ANNA, ATTACKER)).isEmpty();

        throttle.failed(ANNA, ATTACKER);

        assertThat(throttle.waitBefore(ANNA, ATTACKER)).contains(LoginThrottle.LOCK);
    }

    @Test
    void the_wait_ends_by_itself_and_never_exceeds_the_lock() {
        Duration longest = Duration.ZERO;
        for (int i = 0; i < 40; i++) {
            throttle.failed(ANNA, ATTACKER);
            Optional<Duration> wait = throttle.waitBefore(ANNA, ATTACKER);
            if (wait.isPresent()) {
                assertThat(wait.get()).isLessThanOrEqualTo(LoginThrottle.LOCK);
                longest = wait.get().compareTo(longest) > 0 ? wait.get() : longest;
                clock.advance(wait.get());
            }
            assertThat(throttle.waitBefore(ANNA, ATTACKER)).as("after waiting, attempt %d", i + 2).isEmpty();
        }

        assertThat(longest).isEqualTo(LoginThrottle.LOCK);
    }

    @Test
    void an_attacker_elsewhere_can_delay_a_real_user_by_at_most_a_minute() {
        for (int i = 0; i < 100; i++) {
            throttle.failed(ANNA, ATTACKER);
            clock.advance(Duration.ofMillis(100));
        }

        assertThat(throttle.waitBefore(ANNA, ATTACKER)).hasValueSatisfying(wait ->
                assertThat(wait).isGreaterThan(LoginThrottle.ACCOUNT_CAP));
        Duration annasWait = throttle.waitBefore(ANNA, HOME).orElseThrow();
        assertThat(annasWait).isPositive().isLessThanOrEqualTo(LoginThrottle.ACCOUNT_CAP);

        clock.advance(annasWait);
        assertThat(throttle.waitBefore(ANNA, HOME)).isEmpty();
        assertThat(throttle.waitBefore(ANNA, ATTACKER)).isPresent();
    }

    @Test
    void one_address_trying_many_accounts_is_slowed_down() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("user" + i + "@acme.test", ATTACKER);
        }
        assertThat(throttle.waitBefore("next@acme.test", ATTACKER)).isEmpty();

        throttle.failed("user-one-more@acme.test", ATTACKER);

        assertThat(throttle.waitBefore("next@acme.test", ATTACKER)).hasValue(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("next@acme.test", HOME)).isEmpty();
        assertThat(throttle.waitBefore(ANNA, HOME)).isEmpty();
    }

    @Test
    void a_successful_sign_in_clears_the_account() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
            throttle.failed(ANNA, ATTACKER);
        }
        throttle.failed(ANNA, HOME);
        clock.advance(throttle.waitBefore(ANNA, HOME).orElseThrow());

        throttle.succeeded(ANNA, HOME);

        assertThat(throttle.waitBefore(ANNA, HOME)).isEmpty();
        failFreely(ANNA, HOME, LoginThrottle.FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS);
        assertThat(throttle.waitBefore(ANNA, ATTACKER)).as("the guesser elsewhere still waits").isPresent();
    }

    @Test
    void login_names_are_counted_whatever_their_case_and_spaces() {
        failFreely(ANNA, HOME, LoginThrottle.FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS);
        throttle.failed(" Anna@ACME.test ", HOME);

        assertThat(throttle.waitBefore(ANNA, HOME)).hasValue(Duration.ofSeconds(1));
    }

    /** Fails the given number of times, checking that none of them makes the next attempt wait. */
    private void failFreely(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
            assertThat(throttle.waitBefore(username, address)).as("after failure %d", i + 1).isEmpty();
        }
    }

    /** A clock the test moves by hand. */
    private static final class TestClock extends Clock {

        private Instant now = Instant.parse("2025-03-01T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
