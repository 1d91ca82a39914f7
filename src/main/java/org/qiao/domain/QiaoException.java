// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain;

import java.util.Arrays;

/**
 * A failure a person can act on. It carries a message key from the {@code messages} bundle and the values for its
 * placeholders; the face that shows it (window or command line) turns it into words in the user's language.
 */
public class QiaoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] args;

    public QiaoException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public QiaoException(Throwable cause, String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args), cause);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
