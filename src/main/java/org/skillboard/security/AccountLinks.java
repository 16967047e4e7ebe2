package org.skillboard.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.skillboard.security.AccountLink.Purpose;
import org.springframework.stereotype.Component;

/**
 * Issues and redeems single-use links. A link carries 256 random bits; the database
 * keeps only their SHA-256, so a stolen copy of it opens no account. Issuing a link
 * expires the account's earlier ones. Runs in the caller's transaction and tenant.
 */
@Component
class AccountLinks {

    static final Duration INVITATION_LIFETIME = Duration.ofDays(7);
    static final Duration RESET_LIFETIME = Duration.ofHours(2);

    private final SecureRandom random = new SecureRandom();
    private final AccountLinkRepository links;
    private final Clock clock;

    AccountLinks(AccountLinkRepository links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    /** A new link for the account; the returned secret is shown or mailed once and never stored. */
    Issued issue(UserAccount account, Purpose purpose) {
        Instant now = clock.instant();
        links.findByAccountIdAndUsedAtIsNull(account.getId()).forEach(old -> old.expire(now));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = now.plus(purpose == Purpose.INVITATION ? INVITATION_LIFETIME : RESET_LIFETIME);
        links.save(new AccountLink(account.getId(), purpose, hash(secret), now, expires));
        return new Issued(secret, expires);
    }

    /** The link behind a secret, if it exists and can still be used. Any tenant's: call across tenants. */
    Optional<AccountLink> usable(String secret) {
        if (secret == null || !secret.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return links.findBySecretHash(hash(secret)).filter(link -> link.usableAt(now));
    }

    void use(AccountLink link) {
        link.use(clock.instant());
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Issued(String secret, Instant expiresAt) {
    }
}
