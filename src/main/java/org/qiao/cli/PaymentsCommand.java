// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.qiao.domain.FieldProblem;
import org.qiao.domain.ValidationException;
import org.qiao.domain.payment.Payment;
import org.qiao.domain.payment.PaymentMethod;
import org.qiao.i18n.Messages;
import org.qiao.service.CasePerformance;
import org.qiao.service.PaymentService;

/**
 * {@code qiao payments}: the performance of a case's agreement on the command line, over the same service as the
 * case page. {@code list} prints per worker what was claimed, agreed, paid and is outstanding, each instalment's
 * state (an overdue one with the next step) and the payments; {@code record} records a payment and prints the
 * worker's outstanding amount and the case's status afterwards.
 */
@Command(name = "payments", subcommands = {PaymentsCommand.ListPayments.class, PaymentsCommand.Record.class})
public final class PaymentsCommand {

    private final Messages messages;
    private final Supplier<PaymentService> payments;

    public PaymentsCommand(Messages messages, Supplier<PaymentService> payments) {
        this.messages = Objects.requireNonNull(messages);
        this.payments = Objects.requireNonNull(payments);
    }

    /** Where a case's agreement stands today. */
    @Command(name = "list")
    static final class ListPayments implements Callable<Integer> {

        @picocli.CommandLine.ParentCommand private PaymentsCommand parent;
        @Spec private CommandSpec spec;

        @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.help.param.cases.number")
        String number;

        @Override
        public Integer call() {
            PaymentService service = parent.payments.get();
            CasePerformance p = service.performance(service.caseId(number));
            Messages m = parent.messages;
            PrintWriter out = spec.commandLine().getOut();
            out.println(p.hasAgreement()
                ? m.get("cli.payments.head", p.caseNumber(), m.get(p.status().messageKey()), p.agreementNumber(),
                    p.signedDate().toString())
                : m.get("cli.payments.head.noAgreement", p.caseNumber(), m.get(p.status().messageKey())));
            int index = 1;
            for (CasePerformance.WorkerLine w : p.workers()) {
                out.println(m.get("cli.payments.worker", index++, w.name(), w.claimed().toGroupedString(),
                    w.agreed().toGroupedString(), w.paid().toGroupedString(), w.outstanding().toGroupedString()));
            }
            for (CasePerformance.InstalmentLine line : p.instalments()) {
                String state = line.nextStep() == null ? m.get(line.state().messageKey())
                    : m.get("cli.payments.overdue", line.daysOverdue(), m.get(line.nextStep().messageKey()));
                out.println(m.get("cli.payments.instalment", line.workerName(), line.seq(), line.due().toString(),
                    line.amount().toGroupedString(), line.paid().toGroupedString(), state));
            }
            for (Payment pay : p.payments()) {
                String name = p.workers().stream().filter(w -> w.workerId() == pay.getWorkerId()).findFirst()
                    .map(CasePerformance.WorkerLine::name).orElse("");
                String line = m.get("cli.payments.payment", pay.getId(), pay.getPaidDate().toString(), name,
                    pay.getAmount().toGroupedString(), m.get(pay.getMethod().messageKey()), pay.getPayer());
                out.println(pay.isVoided() ? line + m.get("cli.payments.voided", pay.getVoidReason()) : line);
            }
            out.println(m.get("cli.payments.total", p.claimed().toGroupedString(), p.agreed().toGroupedString(),
                p.paid().toGroupedString(), p.outstanding().toGroupedString()));
            out.flush();
            return 0;
        }
    }

    /** Records a payment received by one worker of the case. */
    @Command(name = "record")
    static final class Record implements Callable<Integer> {

        @picocli.CommandLine.ParentCommand private PaymentsCommand parent;
        @Spec private CommandSpec spec;

        @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.help.param.cases.number")
        String number;

        @Option(names = "--worker", paramLabel = "WORKER", required = true,
            descriptionKey = "cli.help.option.payments.worker")
        String worker;

        @Option(names = "--amount", paramLabel = "YUAN", required = true,
            descriptionKey = "cli.help.option.payments.amount")
        String amount;

        @Option(names = "--payer", paramLabel = "TEXT", required = true,
            descriptionKey = "cli.help.option.payments.payer")
        String payer;

        @Option(names = "--method", paramLabel = "M", descriptionKey = "cli.help.option.payments.method")
        PaymentMethod method = PaymentMethod.BANK_TRANSFER;

        @Option(names = "--date", paramLabel = "DATE", descriptionKey = "cli.help.option.payments.date")
        LocalDate date;

        @Option(names = "--proof", paramLabel = "FILE", descriptionKey = "cli.help.option.payments.proof")
        Path proof;

        @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "cli.help.option.payments.note")
        String note;

        @Override
        public Integer call() {
            PaymentService service = parent.payments.get();
            Messages m = parent.messages;
            long caseId = service.caseId(number);
            CasePerformance before = service.performance(caseId);
            CasePerformance.WorkerLine paid = parent.worker(before.workers(), worker);
            try {
                PaymentService.Recorded recorded = service.record(caseId, null, new PaymentService.PaymentEntry(
                    paid.workerId(), date != null ? date : LocalDate.now(), payer, amount, method, proof, note));
                CasePerformance.WorkerLine after = service.performance(caseId).worker(paid.workerId());
                PrintWriter out = spec.commandLine().getOut();
                out.println(m.get("cli.payments.recorded", recorded.payment().getId(), paid.name(),
                    recorded.payment().getAmount().toGroupedString(), after.outstanding().toGroupedString(),
                    m.get(recorded.status().messageKey())));
                out.flush();
                return 0;
            } catch (ValidationException invalid) {
                PrintWriter err = spec.commandLine().getErr();
                for (FieldProblem problem : invalid.problems()) {
                    err.println(m.get("cli.payments.problem", "--" + problem.field(),
                        m.get(problem.messageKey(), problem.args())));
                }
                err.flush();
                return 1;
            }
        }
    }

    /** The worker named on the command line: by their number in the case (from 1) or by their name. */
    private CasePerformance.WorkerLine worker(List<CasePerformance.WorkerLine> workers, String given) {
        String text = given.strip();
        if (text.matches("[0-9]+")) {
            int index = Integer.parseInt(text);
            if (index >= 1 && index <= workers.size()) {
                return workers.get(index - 1);
            }
        }
        List<CasePerformance.WorkerLine> named = workers.stream().filter(w -> w.name().equals(text)).toList();
        if (named.size() != 1) {
            throw new BadArgumentException(messages.get(named.isEmpty() ? "cli.payments.worker.unknown"
                : "cli.payments.worker.ambiguous", text, workers.size()));
        }
        return named.get(0);
    }
}
