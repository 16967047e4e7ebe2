package org.skillboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.skillboard.base.UserFacingException;

/** The password rules of ASVS 5.0 chapter 6, as a person meets them when choosing one. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void the_list_of_common_passwords_holds_well_over_ten_thousand() {
        assertThat(policy.listSize()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void a_short_password_is_refused_with_the_minimum_named() {
        assertThatThrownBy(() -> policy.check("kolm sinist"))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("password.error.too-short");
                    assertThat(refusal.arguments()).containsExactly(12);
                });
    }

    @Test
    void a_password_longer_than_sixty_four_characters_is_refused() {
        assertThatThrownBy(() -> policy.check("x".repeat(65)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("password.error.too-long"));
    }

    @Test
    void a_common_password_of_twelve_characters_is_refused_whatever_its_case() {
        assertThatThrownBy(() -> policy.check("Qwertyuiop12"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("password.error.common"));
    }

    @Test
    void repeated_characters_and_sequences_are_too_easy_to_guess() {
        for (String weak : new String[] {"aaaaaaaaaaaa", "123456789012", "abcdefghijkl"}) {
            assertThatThrownBy(() -> policy.check(weak)).as(weak)
                    .isInstanceOf(UserFacingException.class);
        }
    }

    @Test
    void a_password_made_of_the_persons_own_name_and_login_is_refused() {
        assertThatThrownBy(() -> policy.check("ulle.magi@pohjala.ee", "ulle.magi@pohjala.ee", "Ülle Mägi"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("password.error.guessable"));
    }

    @Test
    void a_few_unrelated_words_make_a_good_password_without_any_composition_rule() {
        assertThatCode(() -> policy.check("kolm sinist jõge ja mägi")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("lampa rower chmura kot")).doesNotThrowAnyException();
    }
}
