// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.util.Objects;
import java.util.Optional;

import org.qiao.domain.user.Role;
import org.qiao.domain.user.User;

/**
 * Who is acting now. The desktop window sets the logged-in user; a command-line run acts as
 * {@code os:<operating-system user>}. The audit trail asks {@link #actorName()} for every change.
 */
public final class UserSession {

    private final String fallbackActor;
    private volatile User user;
    private volatile User pending;

    public UserSession(String fallbackActor) {
        this.fallbackActor = Objects.requireNonNull(fallbackActor);
    }

    /**
     * A session whose changes, until someone signs in, are attributed to the operating-system user
     * ({@code os:<name>}): every command-line change, and the first administrator's creation in the window.
     */
    public static UserSession forOperatingSystemUser() {
        return new UserSession("os:" + System.getProperty("user.name", "unknown"));
    }

    public Optional<User> user() {
        return Optional.ofNullable(user);
    }

    void signIn(User signedIn) {
        this.user = Objects.requireNonNull(signedIn);
        this.pending = null;
    }

    /**
     * A user whose password was right but who must choose a new one first: not signed in (no role counts) until
     * the new password is stored.
     */
    void signInPending(User mustChange) {
        this.user = null;
        this.pending = Objects.requireNonNull(mustChange);
    }

    Optional<User> pending() {
        return Optional.ofNullable(pending);
    }

    void signOut() {
        this.user = null;
        this.pending = null;
    }

    public boolean hasRole(Role role) {
        User current = user;
        return current != null && current.getRole() == role;
    }

    /** The name recorded in the audit trail. */
    public String actorName() {
        User current = user;
        return current != null ? current.getUsername() : fallbackActor;
    }
}
