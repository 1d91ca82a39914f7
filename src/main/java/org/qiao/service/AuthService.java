// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.text.Collator;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import org.qiao.domain.QiaoException;
import org.qiao.domain.user.PasswordHasher;
import org.qiao.domain.user.Role;
import org.qiao.domain.user.User;
import org.qiao.domain.user.UserRef;
import org.qiao.store.Transactions;

/**
 * Accounts and sign-in: the first administrator on a new database, login, and the administrator's user management.
 * Passwords are kept only as slow salted hashes ({@link PasswordHasher}).
 */
public final class AuthService {

    public static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._-]{2,32}");

    /** The setup step claimed by whoever creates the first administrator ({@code setup_claim}). */
    static final String FIRST_ADMINISTRATOR = "first-administrator";

    private final Transactions tx;
    private final PasswordHasher hasher;
    private final UserSession session;
    private volatile String unknownUserHash;

    public AuthService(Transactions tx, PasswordHasher hasher, UserSession session) {
        this.tx = Objects.requireNonNull(tx);
        this.hasher = Objects.requireNonNull(hasher);
        this.session = Objects.requireNonNull(session);
    }

    /**
     * How a user is named on screen: the display name, and whether another account has the same display name (the
     * screen then adds the username so the two can be told apart).
     */
    public record PersonName(String username, String displayName, boolean shared) {
    }

    /**
     * The names of the accounts among {@code usernames} (who did what on a case, as the audit and the timeline
     * record them by username); a username with no account (an operating-system user of the command line, a
     * removed account) is left out. Display names are no secret: every signed-in user may ask.
     */
    public Map<String, PersonName> names(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        List<User> all = tx.call(repos -> repos.users().findAll());
        Map<String, Long> perDisplayName = all.stream()
            .collect(Collectors.groupingBy(User::getDisplayName, Collectors.counting()));
        Map<String, PersonName> names = new HashMap<>();
        for (User user : all) {
            if (usernames.contains(user.getUsername())) {
                names.put(user.getUsername(), new PersonName(user.getUsername(), user.getDisplayName(),
                    perDisplayName.get(user.getDisplayName()) > 1));
            }
        }
        return names;
    }

    public UserSession session() {
        return session;
    }

    /** A new database has no account yet; the window then asks for the first administrator. */
    public boolean needsFirstAdministrator() {
        return tx.call(repos -> repos.users().count() == 0);
    }

    /** Creates the first administrator and signs them in. Refused once any account exists. */
    public User createFirstAdministrator(String username, String displayName, char[] password, char[] confirmation) {
        checkNewAccount(username, displayName, password, confirmation);
        String hash = hasher.hash(password);
        User created;
        try {
            created = tx.call(repos -> {
                if (repos.users().count() > 0) {
                    throw new QiaoException("auth.setup.alreadyDone");
                }
                repos.users().claimSetup(FIRST_ADMINISTRATOR);
                return repos.users().save(newUser(username, displayName, Role.ADMINISTRATOR, hash));
            });
        } catch (QiaoException e) {
            if (e.messageKey().equals("store.constraint") && e.args().length > 0
                && "uk_setup_claim".equals(e.args()[0])) {
                // Another workstation set up the same new database a moment earlier.
                throw new QiaoException(e, "auth.setup.alreadyDone");
            }
            throw e;
        }
        session.signIn(created);
        return created;
    }

    /** Signs a user in; the same message for an unknown name and a wrong password, so neither is revealed. */
    public User login(String username, char[] password) {
        if (username == null || username.isBlank() || password == null || password.length == 0) {
            throw new QiaoException("auth.login.empty");
        }
        User user = tx.call(repos -> repos.users().findByUsername(username.strip()).orElse(null));
        // An unknown name costs the same hashing as a wrong password, so timing does not reveal which names exist.
        boolean matches = hasher.verify(password, user != null ? user.getPasswordHash() : unknownUserHash());
        if (user == null || !matches) {
            throw new QiaoException("auth.login.failed");
        }
        if (!user.isActive()) {
            throw new QiaoException("auth.login.inactive");
        }
        String rehash = hasher.needsRehash(user.getPasswordHash()) ? hasher.hash(password) : null;
        User signedIn = tx.call(repos -> {
            User fresh = repos.users().findByUsername(user.getUsername()).orElseThrow();
            fresh.setLastLoginAt(LocalDateTime.now());
            if (rehash != null) {
                fresh.setPasswordHash(rehash);
            }
            return repos.users().save(fresh);
        });
        if (signedIn.isMustChangePassword()) {
            session.signInPending(signedIn);
        } else {
            session.signIn(signedIn);
        }
        return signedIn;
    }

    private String unknownUserHash() {
        if (unknownUserHash == null) {
            unknownUserHash = hasher.hash("no such user".toCharArray());
        }
        return unknownUserHash;
    }

    public void logout() {
        session.signOut();
    }

    /** All accounts, for the administrator's user list. */
    public List<User> users() {
        requireAdministrator();
        return usersAsSystem();
    }

    /**
     * The active mediators, by display name, for anyone signed in: a supervisor looks at one mediator's cases, a
     * mediator at a colleague's while covering for them.
     */
    public List<UserRef> mediators() {
        if (session.user().isEmpty()) {
            throw new QiaoException("auth.notSignedIn");
        }
        return tx.call(repos -> repos.users().findAll()).stream()
            .filter(user -> user.isActive() && user.getRole() == Role.MEDIATOR)
            .map(UserRef::of)
            .sorted(Comparator.comparing(UserRef::displayName, Collator.getInstance(Locale.CHINA))
                .thenComparing(UserRef::username))
            .toList();
    }

    /** All accounts, for the command line (see {@link #addAccountAsSystem}). */
    public List<User> usersAsSystem() {
        return tx.call(repos -> repos.users().findAll());
    }

    /** The administrator adds an account; the new user must change the password at first login. */
    public User addUser(String username, String displayName, Role role, char[] password, char[] confirmation) {
        requireAdministrator();
        return addAccount(username, displayName, role, password, confirmation, true);
    }

    /**
     * Adds an account without a signed-in administrator: for the demo database and the command line, which acts
     * as the operating-system user who already controls the data folder.
     */
    public User addAccountAsSystem(String username, String displayName, Role role, char[] password) {
        return addAccount(username, displayName, role, password, password, false);
    }

    /** As {@link #addAccountAsSystem}, but the new user must change the password at first sign-in. */
    public User addUserAsSystem(String username, String displayName, Role role, char[] password) {
        return addAccount(username, displayName, role, password, password, true);
    }

    private User addAccount(String username, String displayName, Role role, char[] password, char[] confirmation,
                            boolean mustChange) {
        checkNewAccount(username, displayName, password, confirmation);
        Objects.requireNonNull(role, "role");
        String hash = hasher.hash(password);
        return tx.call(repos -> {
            if (repos.users().findByUsername(username.strip()).isPresent()) {
                throw new QiaoException("auth.user.exists", username.strip());
            }
            User user = newUser(username, displayName, role, hash);
            user.setMustChangePassword(mustChange);
            return repos.users().save(user);
        });
    }

    /** The administrator sets a new password for a user, who must change it at next login. */
    public void resetPassword(String username, char[] newPassword, char[] confirmation) {
        requireAdministrator();
        resetPasswordAsSystem(username, newPassword, confirmation);
    }

    /**
     * Sets a new password without a signed-in administrator, for the command line (see
     * {@link #addAccountAsSystem}); the user must change it at next login.
     */
    public void resetPasswordAsSystem(String username, char[] newPassword, char[] confirmation) {
        checkPassword(username, newPassword, confirmation);
        String hash = hasher.hash(newPassword);
        tx.run(repos -> {
            User user = repos.users().findByUsername(username)
                .orElseThrow(() -> new QiaoException("auth.user.unknown", username));
            user.setPasswordHash(hash);
            user.setMustChangePassword(true);
            repos.users().save(user);
        });
    }

    /** A signed-in user replaces their own password (required after an administrator's reset). */
    public void changeOwnPassword(char[] current, char[] newPassword, char[] confirmation) {
        User me = session.user().or(session::pending).orElseThrow(() -> new QiaoException("auth.notSignedIn"));
        checkPassword(me.getUsername(), newPassword, confirmation);
        String hash = hasher.hash(newPassword);
        User saved = tx.call(repos -> {
            User fresh = repos.users().findByUsername(me.getUsername()).orElseThrow();
            if (!hasher.verify(current, fresh.getPasswordHash())) {
                throw new QiaoException("auth.password.currentWrong");
            }
            fresh.setPasswordHash(hash);
            fresh.setMustChangePassword(false);
            return repos.users().save(fresh);
        });
        session.signIn(saved);
    }

    private void requireAdministrator() {
        if (!session.hasRole(Role.ADMINISTRATOR)) {
            throw new QiaoException("auth.adminOnly");
        }
    }

    private static User newUser(String username, String displayName, Role role, String hash) {
        User user = new User(username.strip(),
            displayName == null || displayName.isBlank() ? username.strip() : displayName.strip(), role);
        user.setPasswordHash(hash);
        user.setActive(true);
        user.setMustChangePassword(false);
        return user;
    }

    private static void checkNewAccount(String username, String displayName, char[] password, char[] confirmation) {
        if (username == null || !USERNAME.matcher(username.strip()).matches()) {
            throw new QiaoException("auth.username.invalid");
        }
        if (displayName != null && displayName.strip().length() > 64) {
            throw new QiaoException("auth.displayName.tooLong");
        }
        checkPassword(username, password, confirmation);
    }

    private static void checkPassword(String username, char[] password, char[] confirmation) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new QiaoException("auth.password.tooShort", MIN_PASSWORD_LENGTH);
        }
        if (!Arrays.equals(password, confirmation)) {
            throw new QiaoException("auth.password.mismatch");
        }
        if (username != null && new String(password).equalsIgnoreCase(username.strip())) {
            throw new QiaoException("auth.password.sameAsUsername");
        }
    }
}
