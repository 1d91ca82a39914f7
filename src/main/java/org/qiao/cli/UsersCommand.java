// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.qiao.domain.user.Role;
import org.qiao.domain.user.User;
import org.qiao.i18n.Messages;
import org.qiao.service.AuthService;

/**
 * {@code qiao users}: the administrator's account work from the command line, as the operating-system user who
 * controls the data folder (or holds the server's credentials): list, add, reset a password. Passwords are read
 * from standard input (one line), never from the command line, where other users of the machine could see them.
 * Added and reset accounts must choose their own password at their next sign-in.
 */
@Command(name = "users",
    subcommands = {UsersCommand.ListUsers.class, UsersCommand.Add.class, UsersCommand.ResetPassword.class})
public final class UsersCommand {

    private final Messages messages;
    private final Supplier<AuthService> auth;

    public UsersCommand(Messages messages, Supplier<AuthService> auth) {
        this.messages = Objects.requireNonNull(messages);
        this.auth = Objects.requireNonNull(auth);
    }

    /** One line of standard input, the password. */
    private static char[] readPassword(CommandSpec spec, Messages messages) {
        if (System.console() != null) {
            char[] typed = System.console().readPassword("%s", messages.get("cli.users.passwordPrompt"));
            if (typed != null) {
                return typed;
            }
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new BadArgumentException(messages.get("cli.users.noPassword"));
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new BadArgumentException(messages.get("cli.users.noPassword"));
        }
    }

    /** Lists every account with its role and state. */
    @Command(name = "list")
    static final class ListUsers implements Callable<Integer> {

        @picocli.CommandLine.ParentCommand private UsersCommand parent;
        @Spec private CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (User user : parent.auth.get().usersAsSystem()) {
                String state = parent.messages.get(!user.isActive() ? "settings.users.state.inactive"
                    : user.isMustChangePassword() ? "settings.users.state.mustChange" : "settings.users.state.active");
                out.println(user.getUsername() + "\t" + user.getDisplayName() + "\t"
                    + parent.messages.get(user.getRole().messageKey()) + "\t" + state);
            }
            out.flush();
            return 0;
        }
    }

    /** Adds an account; the password comes from standard input. */
    @Command(name = "add")
    static final class Add implements Callable<Integer> {

        @picocli.CommandLine.ParentCommand private UsersCommand parent;
        @Spec private CommandSpec spec;

        @Parameters(paramLabel = "USERNAME", descriptionKey = "cli.help.param.users.username")
        String username;

        @Option(names = "--role", required = true, paramLabel = "ROLE", descriptionKey = "cli.help.option.users.role")
        Role role;

        @Option(names = "--name", paramLabel = "NAME", descriptionKey = "cli.help.option.users.name")
        String displayName;

        @Override
        public Integer call() {
            char[] password = readPassword(spec, parent.messages);
            try {
                parent.auth.get().addUserAsSystem(username, displayName, role, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            spec.commandLine().getOut().println(parent.messages.get("settings.users.added", username.strip()));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** Sets a new password that the user must change at the next sign-in. */
    @Command(name = "reset-password")
    static final class ResetPassword implements Callable<Integer> {

        @picocli.CommandLine.ParentCommand private UsersCommand parent;
        @Spec private CommandSpec spec;

        @Parameters(paramLabel = "USERNAME", descriptionKey = "cli.help.param.users.username")
        String username;

        @Override
        public Integer call() {
            char[] password = readPassword(spec, parent.messages);
            try {
                parent.auth.get().resetPasswordAsSystem(username, password, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            spec.commandLine().getOut().println(parent.messages.get("settings.users.reset.done", username));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
