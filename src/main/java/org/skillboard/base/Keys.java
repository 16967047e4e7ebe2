package org.skillboard.base;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keys suggested from names: plain ASCII, lower case, words joined by hyphens ("Ülle Mägi" becomes
 * "ulle-magi"), made unique in the tenant by a number ("ulle-magi-2"). They follow the key format of tenant
 * files, so a key suggested here also names the person or team there.
 */
public final class Keys {

    /** Room for "-" and a number after the longest base, within the 100 characters of a key. */
    public static final int MAX_BASE_LENGTH = 90;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_KEY = Pattern.compile("[^a-z0-9]+");

    private Keys() {
    }

    /** The name as a key; {@code fallback} when nothing of it is left in ASCII (a name in Cyrillic letters). */
    public static String slug(String name, String fallback) {
        String plain = name == null ? "" : name.strip().toLowerCase(Locale.ROOT)
                // letters that do not decompose into a base letter and marks
                .replace("ł", "l").replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("œ", "oe")
                .replace("đ", "d").replace("ð", "d").replace("þ", "th").replace("ı", "i");
        String ascii = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_KEY.matcher(ascii).replaceAll("-");
        if (slug.length() > MAX_BASE_LENGTH) {
            slug = slug.substring(0, MAX_BASE_LENGTH);
        }
        slug = trimHyphens(slug);
        return slug.isEmpty() ? fallback : slug;
    }

    /** The base itself when free, else the base with the lowest number from 2 up that is free. */
    public static String unique(String base, Collection<String> taken) {
        Set<String> used = Set.copyOf(taken);
        if (!used.contains(base)) {
            return base;
        }
        int number = 2;
        while (used.contains(base + "-" + number)) {
            number++;
        }
        return base + "-" + number;
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
