// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.i18n;

import java.text.MessageFormat;
import java.util.Enumeration;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The user-visible strings of one locale. Chinese lives in the base bundle and is the default; English is
 * {@code messages_en}. Lookups never fall back to the JVM's default locale, so an English machine still shows
 * Chinese unless English was chosen. Patterns use {@link MessageFormat} (a literal apostrophe is written {@code ''}).
 */
public final class Messages {

    public static final String BUNDLE = "org.qiao.i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = Objects.requireNonNull(locale);
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The locale for a command-line or settings value such as {@code zh}, {@code zh_CN}, {@code en}. */
    public static Locale parseLocale(String tag) {
        if (tag == null || tag.isBlank()) {
            return CHINESE;
        }
        String normal = tag.trim().replace('_', '-').toLowerCase(Locale.ROOT);
        if (normal.startsWith("en")) {
            return Locale.ENGLISH;
        }
        if (normal.startsWith("zh")) {
            return CHINESE;
        }
        throw new IllegalArgumentException("Unsupported locale: " + tag + " (zh, en)");
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /**
     * The bundle for FXML's {@code %key} texts: each text as {@link #get} gives it without arguments, so an English
     * apostrophe written {@code ''} in the bundle shows once on screen too.
     */
    public ResourceBundle textBundle() {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return bundle.containsKey(key) ? get(key) : null;
            }

            @Override
            public Enumeration<String> getKeys() {
                return bundle.getKeys();
            }
        };
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text for {@code key}, with {@code args} put into its placeholders. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern.replace("''", "'");
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
