// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.qiao.domain.QiaoException;
import org.qiao.domain.calendar.Deadline;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.LedgerRow;
import org.qiao.domain.mediation.Consent;
import org.qiao.domain.mediation.Extension;
import org.qiao.domain.mediation.MediationClock;
import org.qiao.domain.mediation.Resumption;
import org.qiao.domain.mediation.Suspension;
import org.qiao.domain.money.Money;
import org.qiao.i18n.Messages;
import org.qiao.service.CaseDetail;
import org.qiao.service.CaseLedgerService;
import org.qiao.service.MediationClockService;

/**
 * {@code qiao cases}: the case ledger on the command line, over the same service as the window. {@code find}
 * prints one line per matching case, {@code show} one case in full (resident IDs masked: the command line acts as
 * no signed-in role, see {@link CaseLedgerService#FULL_ID_ROLES}). {@code extend}, {@code suspend} and
 * {@code resume} record what moves a case's mediation deadline and print where it now stands.
 */
@Command(name = "cases",
    subcommands = {CasesCommand.Find.class, CasesCommand.Show.class, CasesCommand.Extend.class,
        CasesCommand.Suspend.class, CasesCommand.Resume.class})
public final class CasesCommand {

    private final Messages messages;
    private final Supplier<CaseLedgerService> ledger;
    private final Supplier<MediationClockService> mediationClock;

    public CasesCommand(Messages messages, Supplier<CaseLedgerService> ledger,
        Supplier<MediationClockService> mediationClock) {
        this.messages = Objects.requireNonNull(messages);
        this.ledger = Objects.requireNonNull(ledger);
        this.mediationClock = Objects.requireNonNull(mediationClock);
    }

    /** Whose consent an extension records, as typed on the command line. */
    enum ConsentArg {
        WORKER(Consent.WORKER), EMPLOYER(Consent.EMPLOYER), COURT(Consent.REFERRING_COURT);

        private final Consent consent;

        ConsentArg(Consent consent) {
            this.consent = consent;
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What the clock commands share: the case, the day the event takes effect (today unless given), and printing
     * where the mediation period stands afterwards.
     */
    abstract static class ClockCommand implements Callable<Integer> {

        @picocli.CommandLine.ParentCommand private CasesCommand parent;
        @Spec private CommandSpec spec;

        @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.help.param.cases.number")
        String number;

        @Option(names = "--date", paramLabel = "DATE", descriptionKey = "cli.help.option.cases.date")
        LocalDate date;

        /** Records the event dated {@code day} on the case. */
        abstract MediationClock record(MediationClockService service, long caseId, LocalDate day);

        @Override
        public Integer call() {
            MediationClockService service = parent.mediationClock.get();
            LocalDate day = date != null ? date : LocalDate.now();
            return parent.print(spec, number, record(service, service.caseId(number), day));
        }
    }

    /** A longer mediation period, with the parties' or the referring court's consent. */
    @Command(name = "extend")
    static final class Extend extends ClockCommand {

        @Option(names = "--days", paramLabel = "N", required = true, descriptionKey = "cli.help.option.cases.days")
        int days;

        @Option(names = "--new-period", descriptionKey = "cli.help.option.cases.newPeriod")
        boolean newPeriod;

        @Option(names = "--consent", paramLabel = "WHO", split = ",", required = true,
            descriptionKey = "cli.help.option.cases.consent")
        List<ConsentArg> consent;

        @Option(names = "--reason", paramLabel = "TEXT", required = true,
            descriptionKey = "cli.help.option.cases.reason")
        String reason;

        @Override
        MediationClock record(MediationClockService service, long caseId, LocalDate day) {
            Set<Consent> given = EnumSet.noneOf(Consent.class);
            consent.forEach(c -> given.add(c.consent));
            return service.extend(caseId, null, new Extension(day,
                newPeriod ? Extension.Kind.NEW_PERIOD : Extension.Kind.ADDED_DAYS, days, given, reason));
        }
    }

    /** Mediation stops until it is resumed; meanwhile the case has no due date. */
    @Command(name = "suspend")
    static final class Suspend extends ClockCommand {

        @Option(names = "--reason", paramLabel = "TEXT", required = true,
            descriptionKey = "cli.help.option.cases.reason")
        String reason;

        @Override
        MediationClock record(MediationClockService service, long caseId, LocalDate day) {
            return service.suspend(caseId, null, new Suspension(day, reason));
        }
    }

    /** Suspended mediation runs again with the days it had left. */
    @Command(name = "resume")
    static final class Resume extends ClockCommand {

        @Override
        MediationClock record(MediationClockService service, long caseId, LocalDate day) {
            return service.resume(caseId, null, new Resumption(day));
        }
    }

    /** The new due date with the calendar's warnings, or since when mediation stands still. */
    private int print(CommandSpec spec, String number, MediationClock clock) {
        PrintWriter out = spec.commandLine().getOut();
        String caseNumber = number.strip();
        if (clock.suspendedSince().isPresent()) {
            out.println(messages.get("cli.cases.clock.suspended", caseNumber, clock.suspendedSince().get().toString(),
                clock.daysLeft(LocalDate.now())));
        } else {
            Deadline due = clock.due().orElseThrow();
            out.println(messages.get("cli.cases.clock.due", caseNumber, due.due().toString()));
            for (Deadline.Warning warning : due.warnings()) {
                out.println(messages.get(warning.messageKey(), warning.args().toArray()));
            }
        }
        out.flush();
        return 0;
    }

    /** One line per case matching the search text. */
    @Command(name = "find")
    static final class Find implements Callable<Integer> {

        @picocli.CommandLine.ParentCommand private CasesCommand parent;
        @Spec private CommandSpec spec;

        @Parameters(paramLabel = "QUERY", descriptionKey = "cli.help.param.cases.query")
        String query;

        @Option(names = "--status", paramLabel = "S", descriptionKey = "cli.help.option.cases.status")
        List<CaseStatus> statuses;

        @Option(names = "--limit", paramLabel = "N", descriptionKey = "cli.help.option.cases.limit")
        int limit = 20;

        @Override
        public Integer call() {
            if (limit < 1 || limit > CaseLedgerService.MAX_PAGE) {
                throw new BadArgumentException(parent.messages.get("cli.cases.limitRange", CaseLedgerService.MAX_PAGE));
            }
            Set<CaseStatus> only = statuses == null || statuses.isEmpty() ? Set.of() : EnumSet.copyOf(statuses);
            List<LedgerRow> rows = parent.ledger.get().find(query, only, limit);
            PrintWriter out = spec.commandLine().getOut();
            if (rows.isEmpty()) {
                out.println(parent.messages.get("cli.cases.none", query));
            }
            for (LedgerRow row : rows) {
                out.println(parent.line(row));
            }
            out.flush();
            return 0;
        }
    }

    /** One case in full. */
    @Command(name = "show")
    static final class Show implements Callable<Integer> {

        @picocli.CommandLine.ParentCommand private CasesCommand parent;
        @Spec private CommandSpec spec;

        @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.help.param.cases.number")
        String number;

        @Override
        public Integer call() {
            CaseDetail c = parent.ledger.get().show(number)
                .orElseThrow(() -> new QiaoException("cases.unknown", number.strip()));
            Messages m = parent.messages;
            PrintWriter out = spec.commandLine().getOut();
            out.println(m.get("cli.cases.show.head", c.caseNumber(), m.get(c.status().messageKey()),
                m.get(c.source().messageKey()), c.receivedDate().toString(), c.studio()));
            if (c.mediatorName() != null) {
                out.println(m.get("cli.cases.show.mediator", c.mediatorName()));
            }
            if (c.mediationSuspendedSince() != null) {
                out.println(m.get("cli.cases.show.suspended", c.mediationSuspendedSince().toString()));
            } else if (c.mediationDueDate() != null) {
                out.println(m.get("cli.cases.show.due", c.mediationDueDate().toString()));
            }
            CaseDetail.EmployerParty e = c.employer();
            out.println(m.get("cli.cases.show.employer", e.name(), text(e.creditCode()), text(e.legalRepresentative()),
                text(e.phone()), text(e.address())));
            int index = 1;
            for (CaseDetail.WorkerParty w : c.workers()) {
                out.println(m.get("cli.cases.show.worker", index++, w.name(), text(w.residentId()), text(w.phone())));
                for (CaseDetail.ClaimLine claim : w.claims()) {
                    out.println(m.get("cli.cases.show.claim", m.get(claim.category().messageKey()),
                        money(claim.amount()), text(claim.note())));
                }
                out.println(m.get("cli.cases.show.workerTotal", money(w.totalClaimed())));
            }
            out.println(m.get("cli.cases.show.total", c.workers().size(), money(c.totalClaimed())));
            out.flush();
            return 0;
        }

        private static String text(String value) {
            return value == null ? "—" : value;
        }
    }

    private String line(LedgerRow row) {
        String workers = row.firstWorkerName() == null ? "—"
            : row.workerCount() == 1 ? row.firstWorkerName()
            : messages.get("cli.cases.workers", row.firstWorkerName(), row.workerCount());
        return messages.get("cli.cases.line", row.caseNumber(), messages.get(row.status().messageKey()),
            row.employerName(), workers, money(row.claimed()));
    }

    private static String money(BigDecimal amount) {
        return "¥" + Money.of(amount).toGroupedString();
    }
}
