package org.skillboard.security;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.skillboard.base.UserFacingException;
import org.springframework.stereotype.Component;

/**
 * What a password must be (OWASP ASVS 5.0, chapter 6): at least 12 characters and at
 * most 64, not one of the 30,000 most common passwords (the list zxcvbn carries,
 * checked by Passay), and not trivially guessable from its own shape or from the
 * person's name and login (zxcvbn's estimate). No composition rules.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    /** zxcvbn's scores run 0 to 4; 3 means "safely unguessable" (about 10^8 guesses and more). */
    private static final int MIN_SCORE = 3;
    private static final String COMMON_PASSWORDS = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

    private final PasswordValidator lengthAndList;
    private final Zxcvbn strength = new Zxcvbn();
    private final int listSize;

    PasswordPolicy() {
        String[] common = commonPasswords();
        listSize = common.length;
        // the word list searches by binary search, so it must be sorted as it compares: ignoring case
        Arrays.sort(common, String.CASE_INSENSITIVE_ORDER);
        lengthAndList = new PasswordValidator(new LengthRule(MIN_LENGTH, MAX_LENGTH),
                new DictionaryRule(new WordListDictionary(new ArrayWordList(common, false))));
    }

    /**
     * Refuses a password that breaks the policy, with a message the person can act on.
     *
     * @param personal words the password must not lean on: the person's name, login, the tenant's name
     */
    public void check(String password, String... personal) {
        String candidate = password == null ? "" : password;
        RuleResult result = lengthAndList.validate(new PasswordData(candidate));
        for (RuleResultDetail detail : result.isValid() ? List.<RuleResultDetail>of() : result.getDetails()) {
            switch (detail.getErrorCode()) {
                case LengthRule.ERROR_CODE_MIN -> throw new UserFacingException("password.error.too-short", MIN_LENGTH);
                case LengthRule.ERROR_CODE_MAX -> throw new UserFacingException("password.error.too-long", MAX_LENGTH);
                default -> throw new UserFacingException("password.error.common");
            }
        }
        List<String> words = new ArrayList<>();
        Arrays.stream(personal).filter(Objects::nonNull).forEach(word -> {
            words.add(word);
            words.addAll(Arrays.asList(word.split("[\\s@._-]+")));
        });
        if (strength.measure(candidate, words).getScore() < MIN_SCORE) {
            throw new UserFacingException("password.error.guessable");
        }
    }

    /** How many common passwords are refused. */
    int listSize() {
        return listSize;
    }

    private static String[] commonPasswords() {
        try (InputStream in = Objects.requireNonNull(Zxcvbn.class.getResourceAsStream(COMMON_PASSWORDS),
                COMMON_PASSWORDS); BufferedReader reader = new BufferedReader(new InputStreamReader(in,
                        StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(line -> line.strip().toLowerCase(java.util.Locale.ROOT)).filter(line -> !line.isEmpty()).distinct()
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
