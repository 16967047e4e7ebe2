package org.skillboard.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. Failed sign-ins are counted three ways:
 * <ul>
 * <li>per account and address: after a few failures each further attempt must wait
 * twice as long as the last, up to a lock of {@link #LOCK};</li>
 * <li>per address, whatever the account: the same, with a higher threshold, against
 * one machine trying many accounts;</li>
 * <li>per account, whatever the address: a gentle slow-down capped at
 * {@link #ACCOUNT_CAP}, so that an attacker elsewhere can delay a real user by
 * at most a minute but never lock her out.</li>
 * </ul>
 * Attempts made while waiting are refused without checking the password and do
 * not count. Every wait ends by itself; a successful sign-in clears the account's
 * counters; counters are forgotten after {@link #LOCK} without failures past the end of
 * the last wait. Counters are kept in memory, per application instance.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS = 3;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    static final int FREE_FAILURES_PER_ACCOUNT = 10;
    static final Duration LOCK = Duration.ofMinutes(15);
    static final Duration ACCOUNT_CAP = Duration.ofMinutes(1);
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    @Autowired
    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this attempt must wait, if at all. */
    public Optional<Duration> waitBefore(String username, String address) {
        Instant now = clock.instant();
        Instant until = latest(
                allowedFrom(pairKey(username, address)),
                allowedFrom(addressKey(address)),
                allowedFrom(accountKey(username)));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            forgetOlderThan(now.minus(LOCK));
        }
        count(pairKey(username, address), FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS, LOCK, now);
        count(addressKey(address), FREE_FAILURES_PER_ADDRESS, LOCK, now);
        count(accountKey(username), FREE_FAILURES_PER_ACCOUNT, ACCOUNT_CAP, now);
    }

    public void succeeded(String username, String address) {
        failures.remove(pairKey(username, address));
        failures.remove(accountKey(username));
    }

    /** Whether sign-in for this login is being held back now, from anywhere. */
    public boolean isHeld(String username) {
        Instant now = clock.instant();
        String login = SkillboardUserDetailsService.normalise(username);
        return failures.entrySet().stream().anyMatch(entry -> concerns(entry.getKey(), login)
                && entry.getValue().allowedFrom.isAfter(now));
    }

    /** An administrator lets the person try again at once, from anywhere. */
    public void release(String username) {
        String login = SkillboardUserDetailsService.normalise(username);
        failures.keySet().removeIf(key -> concerns(key, login));
    }

    private static boolean concerns(String key, String login) {
        return key.equals("u:" + login) || key.startsWith("p:" + login + "|");
    }

    private void count(String key, int freeFailures, Duration cap, Instant now) {
        failures.compute(key, (k, old) -> {
            // forgotten only after a quiet period counted from the end of the last wait, so that
            // someone who waits out a lock does not get a fresh set of free guesses
            Failures base = old == null || old.allowedFrom.plus(LOCK).isBefore(now) ? new Failures(0, now)
                    : old;
            int count = base.count + 1;
            Duration wait = Duration.ZERO;
            if (count > freeFailures) {
                int doublings = Math.min(count - freeFailures - 1, 20);
                wait = Duration.ofSeconds(1L << doublings);
                if (wait.compareTo(cap) > 0) {
                    wait = cap;
                }
            }
            return new Failures(count, now.plus(wait));
        });
    }

    private Instant allowedFrom(String key) {
        Failures entry = failures.get(key);
        return entry == null ? Instant.MIN : entry.allowedFrom;
    }

    private static Instant latest(Instant... instants) {
        Instant latest = Instant.MIN;
        for (Instant instant : instants) {
            if (instant.isAfter(latest)) {
                latest = instant;
            }
        }
        return latest;
    }

    private void forgetOlderThan(Instant limit) {
        failures.values().removeIf(entry -> entry.allowedFrom.isBefore(limit));
    }

    private static String pairKey(String username, String address) {
        return "p:" + SkillboardUserDetailsService.normalise(username) + "|" + address;
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }

    private static String accountKey(String username) {
        return "u:" + SkillboardUserDetailsService.normalise(username);
    }

    private record Failures(int count, Instant allowedFrom) {
    }
}
