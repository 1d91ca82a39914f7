// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.cli;

/** An argument the command could parse but cannot accept; reported in one line with exit code 2. */
public final class BadArgumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadArgumentException(String message) {
        super(message);
    }
}
