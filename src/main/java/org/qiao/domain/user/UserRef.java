// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.user;

import java.util.Objects;

/**
 * Who a user is, for lists and choices (a filter by mediator, an assignment): no password hash, no role. Two
 * references are equal when they name the same account, whatever name they carry.
 *
 * @param id          the account's id
 * @param username    the sign-in name
 * @param displayName the name people know the user by
 */
public record UserRef(long id, String username, String displayName) {

    public UserRef {
        Objects.requireNonNull(username);
        Objects.requireNonNull(displayName);
    }

    public static UserRef of(User user) {
        return new UserRef(user.getId(), user.getUsername(), user.getDisplayName());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserRef ref && ref.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
