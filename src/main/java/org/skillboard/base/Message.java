package org.skillboard.base;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A text the user reads in her language: a translation key and its arguments, some of which may be
 * messages themselves ("the level G of the item “Responsabilidade”" inside "Line 12, …"). It is put
 * into words only when shown: {@link #in(Translator)} in the view, {@link #english()} for logs and
 * files read at start-up, which operators read.
 *
 * <p>A message without a key is a text put together from parts: its arguments in a row, each text as
 * it is and each message translated ({@link #joined}); {@link #literal} wraps an English text that only
 * operators ever read (the tenant files' own checks).
 */
public record Message(String key, List<Object> arguments) {

    private static final String TEXTS = "vaadin-i18n.translations";

    /** How the view turns a key and arguments into its language ({@code this::getTranslation}). */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... arguments);
    }

    public Message {
        // a refusal's arguments may be null; List.copyOf would not take them
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, Arrays.asList(arguments));
    }

    /** A text that is shown as it is, in every language: only for what operators alone read. */
    public static Message literal(String text) {
        return new Message(null, List.of(text));
    }

    /** The messages one after the other, separated by the given text. */
    public static Message joined(List<Message> parts, String separator) {
        List<Object> row = new ArrayList<>();
        for (Message part : parts) {
            if (!row.isEmpty()) {
                row.add(separator);
            }
            row.add(part);
        }
        return new Message(null, row);
    }

    /** The text in the language of the given translator, the arguments that are messages translated first. */
    public String in(Translator translator) {
        Object[] translated = arguments.stream()
                .map(argument -> argument instanceof Message message ? message.in(translator) : argument).toArray();
        if (key == null) {
            return String.join("", Arrays.stream(translated).map(String::valueOf).toList());
        }
        return translator.translate(key, translated);
    }

    /** The English text, for logs and reports on files read at start-up. */
    public String english() {
        return in(Message::englishText);
    }

    /** Translates the arguments of a refusal that are messages, so that the whole refusal is in one language. */
    public static Object[] translated(Object[] arguments, Translator translator) {
        return Arrays.stream(arguments)
                .map(argument -> argument instanceof Message message ? message.in(translator) : argument).toArray();
    }

    private static String englishText(String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(TEXTS, Locale.ROOT).getString(key);
            return arguments.length == 0 ? pattern : Messages.format(pattern, Locale.ENGLISH, arguments);
        } catch (MissingResourceException e) {
            return key + Arrays.toString(arguments);
        }
    }

    @Override
    public String toString() {
        return english();
    }
}
