// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.qiao.domain.calendar.CalendarDay;
import org.qiao.domain.calendar.StatutoryCalendar;
import org.qiao.i18n.Messages;
import org.qiao.service.CalendarService;

/**
 * {@code qiao calendar}: the statutory holiday schedules. An administrator enters a new year's schedule from the
 * State Council notice as a CSV file in the shipped format ({@code date,kind,name} with kind {@code off} or
 * {@code workday}); {@code show} lists a year's entries.
 */
@Command(name = "calendar", subcommands = {CalendarCommand.AddYear.class, CalendarCommand.Show.class})
public final class CalendarCommand {

    private final Messages messages;
    private final Supplier<CalendarService> calendar;

    public CalendarCommand(Messages messages, Supplier<CalendarService> calendar) {
        this.messages = Objects.requireNonNull(messages);
        this.calendar = Objects.requireNonNull(calendar);
    }

    /** Enters (or replaces) one year's schedule from a CSV file. */
    @Command(name = "add-year")
    static final class AddYear implements Callable<Integer> {

        @picocli.CommandLine.ParentCommand private CalendarCommand parent;
        @Spec private CommandSpec spec;

        @Option(names = "--year", paramLabel = "YEAR", required = true,
            descriptionKey = "cli.help.option.calendar.year")
        int year;

        @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.param.calendar.file")
        Path file;

        @Override
        public Integer call() {
            CalendarService.ScheduleImport stored = parent.calendar.get().importSchedule(file, year);
            PrintWriter out = spec.commandLine().getOut();
            out.println(parent.messages.get("calendar.import.done", stored.year(), stored.daysOff(),
                stored.workdays()));
            out.flush();
            return 0;
        }
    }

    /** Lists a year's entries, or says that the year has no published schedule. */
    @Command(name = "show")
    static final class Show implements Callable<Integer> {

        @picocli.CommandLine.ParentCommand private CalendarCommand parent;
        @Spec private CommandSpec spec;

        @Parameters(paramLabel = "YEAR", descriptionKey = "cli.help.param.calendar.year")
        int year;

        @Override
        public Integer call() {
            StatutoryCalendar calendar = parent.calendar.get().calendar();
            PrintWriter out = spec.commandLine().getOut();
            if (!calendar.hasSchedule(year)) {
                out.println(parent.messages.get("cli.calendar.noSchedule", year));
            }
            for (CalendarDay day : calendar.days()) {
                if (day.date().getYear() == year) {
                    out.println(day.date() + "  " + parent.messages.get("cli.calendar.kind." + day.kind().name())
                        + "  " + day.name());
                }
            }
            out.flush();
            return 0;
        }
    }
}
