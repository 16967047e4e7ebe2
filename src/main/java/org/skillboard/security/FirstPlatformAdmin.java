package org.skillboard.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * There is no default password. At the first start the platform administrator's
 * password comes from {@code SKILLBOARD_ADMIN_PASSWORD}, or is generated and
 * printed once.
 */
@Component
@Order(0)
class FirstPlatformAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstPlatformAdmin.class);

    private final AccountService accounts;
    private final String username;
    private final String password;

    FirstPlatformAdmin(AccountService accounts, @Value("${skillboard.admin.username:admin}") String username,
            @Value("${skillboard.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean generated = password.isBlank();
        String initial = generated ? generatePassword() : password;
        if (!generated && initial.length() < PasswordPolicy.MIN_LENGTH) {
            throw new IllegalStateException("SKILLBOARD_ADMIN_PASSWORD must have at least "
                    + PasswordPolicy.MIN_LENGTH + " characters");
        }
        boolean created = SystemIdentity.call(() -> accounts.createFirstPlatformAdmin(username, initial));
        if (created && generated) {
            log.warn("""

                    ==========================================================
                     First platform administrator created. Shown only once:
                       login:    {}
                       password: {}
                    ==========================================================""", username, initial);
        } else if (created) {
            log.info("First platform administrator '{}' created with the password from the environment", username);
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
