// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.qiao.domain.FieldProblem;
import org.qiao.domain.ValidationException;
import org.qiao.domain.court.Court;
import org.qiao.domain.court.CourtLevel;
import org.qiao.i18n.Messages;
import org.qiao.service.CourtService;
import org.qiao.service.CourtService.CourtEntry;

/**
 * {@code qiao courts}: the court list from the command line, as the operating-system user who controls the data
 * folder: list it, add a court, correct one, retire one or bring it back. A refused change prints each problem with
 * the option it concerns and changes nothing.
 */
@Command(name = "courts", subcommands = {CourtsCommand.ListCourts.class, CourtsCommand.Add.class,
    CourtsCommand.Update.class, CourtsCommand.Retire.class, CourtsCommand.Reactivate.class})
public final class CourtsCommand {

    private final Messages messages;
    private final Supplier<CourtService> courts;

    public CourtsCommand(Messages messages, Supplier<CourtService> courts) {
        this.messages = Objects.requireNonNull(messages);
        this.courts = Objects.requireNonNull(courts);
    }

    /** One line per court: code, name, level, telephone, state. */
    String line(Court court) {
        return String.join("\t", court.getCode(), court.getName(), messages.get(court.getLevel().messageKey()),
            Objects.toString(court.getPhone(), ""),
            messages.get(court.isActive() ? "court.state.active" : "court.state.retired"));
    }

    /**
     * Runs a change and prints its result, or each problem of a refused change as {@code --option: message}.
     *
     * @return the exit code: 0, or 1 when the change was refused
     */
    int change(CommandSpec spec, Supplier<Court> change, String doneKey) {
        try {
            Court court = change.get();
            PrintWriter out = spec.commandLine().getOut();
            out.println(messages.get(doneKey, court.getName(), court.getCode()));
            out.flush();
            return 0;
        } catch (ValidationException refused) {
            PrintWriter err = spec.commandLine().getErr();
            for (FieldProblem p : refused.problems()) {
                err.println("--" + OPTION.apply(p.field()) + ": " + messages.get(p.messageKey(), p.args()));
            }
            err.flush();
            return 1;
        }
    }

    /** The option a field problem is about. */
    private static final Function<String, String> OPTION = field -> "regionCode".equals(field) ? "region" : field;

    /** Lists the courts that may refer cases, or with {@code --all} every court. */
    @Command(name = "list")
    static final class ListCourts implements Callable<Integer> {

        @ParentCommand private CourtsCommand parent;
        @Spec private CommandSpec spec;

        @Option(names = "--all", descriptionKey = "cli.help.option.courts.all")
        boolean all;

        @Override
        public Integer call() {
            CourtService service = parent.courts.get();
            List<Court> list = all ? service.all() : service.active();
            PrintWriter out = spec.commandLine().getOut();
            list.forEach(court -> out.println(parent.line(court)));
            out.flush();
            return 0;
        }
    }

    /** Adds a court. */
    @Command(name = "add")
    static final class Add implements Callable<Integer> {

        @ParentCommand private CourtsCommand parent;
        @Spec private CommandSpec spec;

        @Option(names = "--code", required = true, paramLabel = "CODE", descriptionKey = "cli.help.option.courts.code")
        String code;

        @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "cli.help.option.courts.name")
        String name;

        @Option(names = "--level", required = true, paramLabel = "LEVEL",
            descriptionKey = "cli.help.option.courts.level")
        CourtLevel level;

        @Option(names = "--region", paramLabel = "CODE", descriptionKey = "cli.help.option.courts.region")
        String region;

        @Option(names = "--phone", paramLabel = "PHONE", descriptionKey = "cli.help.option.courts.phone")
        String phone;

        @Option(names = "--address", paramLabel = "ADDRESS", descriptionKey = "cli.help.option.courts.address")
        String address;

        @Override
        public Integer call() {
            return parent.change(spec, () -> parent.courts.get().add(new CourtEntry(code, name, level, region, phone,
                address)), "court.added");
        }
    }

    /** Corrects a court's name, telephone or address; what is not given stays as it is. */
    @Command(name = "update")
    static final class Update implements Callable<Integer> {

        @ParentCommand private CourtsCommand parent;
        @Spec private CommandSpec spec;

        @Option(names = "--code", required = true, paramLabel = "CODE",
            descriptionKey = "cli.help.option.courts.which")
        String code;

        @Option(names = "--name", paramLabel = "NAME", descriptionKey = "cli.help.option.courts.name")
        String name;

        @Option(names = "--phone", paramLabel = "PHONE", descriptionKey = "cli.help.option.courts.phone")
        String phone;

        @Option(names = "--address", paramLabel = "ADDRESS", descriptionKey = "cli.help.option.courts.address")
        String address;

        @Override
        public Integer call() {
            CourtService service = parent.courts.get();
            Court court = service.byCode(code);
            CourtEntry now = CourtEntry.of(court);
            CourtEntry changed = new CourtEntry(now.code(), name != null ? name : now.name(), now.level(),
                now.regionCode(), phone != null ? phone : now.phone(), address != null ? address : now.address());
            return parent.change(spec, () -> service.update(court.getId(), court.getVersion(), changed),
                "court.updated");
        }
    }

    /** Retires a court: no new referrals from it. */
    @Command(name = "retire")
    static final class Retire implements Callable<Integer> {

        @ParentCommand private CourtsCommand parent;
        @Spec private CommandSpec spec;

        @Option(names = "--code", required = true, paramLabel = "CODE",
            descriptionKey = "cli.help.option.courts.which")
        String code;

        @Override
        public Integer call() {
            CourtService service = parent.courts.get();
            return parent.change(spec, () -> service.retire(service.byCode(code).getId()), "court.retired");
        }
    }

    /** Brings a retired court back. */
    @Command(name = "reactivate")
    static final class Reactivate implements Callable<Integer> {

        @ParentCommand private CourtsCommand parent;
        @Spec private CommandSpec spec;

        @Option(names = "--code", required = true, paramLabel = "CODE",
            descriptionKey = "cli.help.option.courts.which")
        String code;

        @Override
        public Integer call() {
            CourtService service = parent.courts.get();
            return parent.change(spec, () -> service.reactivate(service.byCode(code).getId()), "court.reactivated");
        }
    }
}
