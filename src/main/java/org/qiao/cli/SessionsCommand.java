// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.qiao.domain.user.UserRef;
import org.qiao.i18n.Messages;
import org.qiao.service.SessionService;
import org.qiao.service.SessionService.SessionView;

/**
 * {@code qiao sessions}: mediation sessions on the command line. {@code week} prints the week (Monday to Sunday) of
 * a mediator or a room, one line per session, clashes marked, as the 调解 screen shows it.
 */
@Command(name = "sessions", subcommands = SessionsCommand.Week.class)
public final class SessionsCommand {

    private final Messages messages;
    private final Supplier<SessionService> sessions;

    public SessionsCommand(Messages messages, Supplier<SessionService> sessions) {
        this.messages = Objects.requireNonNull(messages);
        this.sessions = Objects.requireNonNull(sessions);
    }

    /** Whose week: one mediator's or one room's. */
    static final class Whose {

        @Option(names = "--mediator", paramLabel = "USER", required = true,
            descriptionKey = "cli.help.option.sessions.mediator")
        String mediator;

        @Option(names = "--room", paramLabel = "ROOM", required = true,
            descriptionKey = "cli.help.option.sessions.room")
        String room;
    }

    /** The sessions of one week. */
    @Command(name = "week")
    static final class Week implements Callable<Integer> {

        @picocli.CommandLine.ParentCommand private SessionsCommand parent;
        @Spec private CommandSpec spec;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Whose whose;

        @Option(names = "--date", paramLabel = "DATE", descriptionKey = "cli.help.option.sessions.date")
        LocalDate date;

        @Override
        public Integer call() {
            SessionService service = parent.sessions.get();
            LocalDate day = date != null ? date : LocalDate.now();
            SessionService.Week week = whose.mediator != null
                ? service.weekOfMediator(service.userId(whose.mediator), day)
                : service.weekOfRoom(whose.room, day);
            Messages messages = parent.messages;
            PrintWriter out = spec.commandLine().getOut();
            out.println(messages.get("cli.sessions.week", whose.mediator != null ? whose.mediator : whose.room,
                week.monday().toString(), week.monday().plusDays(6).toString(), week.sessions().size(),
                week.clashing().size()));
            for (SessionView s : week.sessions()) {
                String line = messages.get("cli.sessions.line", s.slot().date().toString(),
                    s.slot().start().toString(), s.slot().end().toString(), s.caseNumber(), s.slot().room(),
                    messages.get(s.mode().messageKey()), s.mediators().stream().map(UserRef::displayName)
                        .collect(Collectors.joining(messages.get("list.separator"))),
                    messages.get(s.status().messageKey()));
                out.println(week.clashing().contains(s.id()) ? messages.get("week.clash") + line : line);
            }
            out.flush();
            return 0;
        }
    }
}
