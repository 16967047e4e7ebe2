package org.skillboard.base;

import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A refusal the user can act on. It carries a message key and arguments,
 * translated by the view into the user's language; never a stack trace. Its
 * {@link #getMessage()} is the English text, for logs and file-loading reports.
 */
public class UserFacingException extends RuntimeException {

    private static final String TEXTS = "vaadin-i18n.translations";

    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(english(messageKey, arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    private static String english(String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(TEXTS, Locale.ROOT).getString(key);
            return arguments.length == 0 ? pattern : Messages.format(pattern, Locale.ENGLISH, arguments);
        } catch (MissingResourceException e) {
            return key + Arrays.toString(arguments);
        }
    }
}
