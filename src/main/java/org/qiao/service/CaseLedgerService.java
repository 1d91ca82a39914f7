// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.qiao.document.XlsxTable;
import org.qiao.domain.QiaoException;
import org.qiao.domain.calendar.Period;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.Claim;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.cases.Employer;
import org.qiao.domain.cases.LedgerCount;
import org.qiao.domain.cases.LedgerFilter;
import org.qiao.domain.cases.LedgerPage;
import org.qiao.domain.cases.LedgerRow;
import org.qiao.domain.cases.LedgerSort;
import org.qiao.domain.cases.Worker;
import org.qiao.domain.mediation.MediationEvent;
import org.qiao.domain.user.Role;
import org.qiao.store.CaseLedgerRepository;
import org.qiao.store.Transactions;

/**
 * The case ledger (案件台账) and the case page: filtered, sorted pages of cases, the search box, and one case in
 * full. Lists mask resident IDs; the case page shows them whole only to {@link #FULL_ID_ROLES}.
 */
public final class CaseLedgerService {

    /**
     * The roles that see resident IDs whole on the case page: mediators and lawyers work the case with the
     * parties and fill in documents that need the full number, administrators answer for the data. Supervisors
     * watch workload and deadlines, which never needs a person's ID, so they see it masked like everyone in a list.
     * Nobody signed in (the command line, acting as the operating-system user) sees it masked too.
     */
    public static final Set<Role> FULL_ID_ROLES = EnumSet.of(Role.MEDIATOR, Role.LAWYER, Role.ADMINISTRATOR);
    /** The largest page handed out at once. */
    public static final int MAX_PAGE = 500;

    /** Where counting stops: the screen shows "10,000+". */
    public static final int COUNT_CAP = CaseLedgerRepository.COUNT_CAP;

    /** Rows fetched at a time when exporting. */
    static final int EXPORT_PAGE = MAX_PAGE;

    /**
     * The statuses in which the mediation period runs: it starts on acceptance, and once an agreement is signed,
     * mediation fails or the case ends, the deadline is met or moot.
     */
    public static final Set<CaseStatus> DEADLINE_RUNNING = EnumSet.of(CaseStatus.ACCEPTED, CaseStatus.IN_MEDIATION);

    /** The deadline conditions of the ledger's filter. */
    public enum Due {
        /** No condition. */
        ANY,
        /** The mediation deadline has passed (it was before today). */
        OVERDUE,
        /** The deadline is today or within the next 3 working days of the statutory calendar. */
        WITHIN_3_WORKING_DAYS
    }

    /**
     * The deadline watch of the dashboard: cases whose mediation deadline has passed and cases due within 3 working
     * days, earliest deadline first, each with how many there are in all.
     */
    public record DeadlineWatch(LocalDate today, List<LedgerRow> overdue, LedgerCount overdueCount,
                                List<LedgerRow> dueSoon, LedgerCount dueSoonCount) {

        public DeadlineWatch {
            overdue = List.copyOf(overdue);
            dueSoon = List.copyOf(dueSoon);
        }
    }

    /** What an export wrote: how many rows, and whether it ran to the end (false: cancelled, no file written). */
    public record Export(int rows, boolean complete) {
    }

    private final Transactions tx;
    private final UserSession session;
    private final CalendarService calendar;
    private final Clock clock;

    public CaseLedgerService(Transactions tx, UserSession session, CalendarService calendar) {
        this(tx, session, calendar, Clock.systemDefaultZone());
    }

    public CaseLedgerService(Transactions tx, UserSession session, CalendarService calendar, Clock clock) {
        this.tx = Objects.requireNonNull(tx);
        this.session = Objects.requireNonNull(session);
        this.calendar = Objects.requireNonNull(calendar);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * {@code filter} with a deadline condition as of today. A case counts as overdue or due soon only while its
     * mediation period runs ({@link #DEADLINE_RUNNING}), unless the filter already names statuses, which are kept.
     * "Within 3 working days" counts working days after today on the statutory calendar (holidays and make-up
     * working days from the State Council notices), so a Friday includes the next Wednesday, and a deadline already
     * moved off a rest day (劳动争议调解仲裁法 art.14 with the general counting rule) is compared as stored.
     */
    public LedgerFilter withDue(LedgerFilter filter, Due due) {
        Objects.requireNonNull(filter, "filter");
        LedgerFilter base = filter.withDue(null, null);
        if (due == null || due == Due.ANY) {
            return base;
        }
        LedgerFilter running = base.statuses().isEmpty() ? base.withStatuses(DEADLINE_RUNNING) : base;
        LocalDate today = LocalDate.now(clock);
        if (due == Due.OVERDUE) {
            return running.withDue(null, today.minusDays(1));
        }
        LocalDate cutoff = calendar.due(today, Period.workingDays(3)).due();
        return running.withDue(today, cutoff);
    }

    /**
     * The first {@code limit} overdue cases and cases due within 3 working days (see {@link #withDue}), earliest
     * deadline first, with their counts: of the signed-in user's own cases when {@code onlyMine} (a mediator's
     * dashboard), otherwise of every mediator's (a supervisor's).
     */
    public DeadlineWatch deadlineWatch(boolean onlyMine, int limit) {
        Long mediator = null;
        if (onlyMine) {
            mediator = session.user().orElseThrow(() -> new QiaoException("auth.notSignedIn")).getId();
        }
        LedgerFilter mine = LedgerFilter.ALL.withMediator(mediator);
        LedgerSort earliest = LedgerSort.by(LedgerSort.Column.MEDIATION_DUE, false);
        LedgerFilter overdue = withDue(mine, Due.OVERDUE);
        LedgerFilter dueSoon = withDue(mine, Due.WITHIN_3_WORKING_DAYS);
        return new DeadlineWatch(LocalDate.now(clock), page(overdue, earliest, 0, limit).rows(), count(overdue),
            page(dueSoon, earliest, 0, limit).rows(), count(dueSoon));
    }

    /**
     * One page of the ledger ({@code limit} at most {@value #MAX_PAGE}) and whether more follow; no count, which
     * {@link #count} gives once per filter.
     */
    public LedgerPage page(LedgerFilter filter, LedgerSort sort, int offset, int limit) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        int from = Math.max(0, offset);
        int size = Math.max(0, Math.min(limit, MAX_PAGE));
        return tx.readLedger(ledger -> ledger.page(filter, sort, from, size));
    }

    /**
     * How many cases {@code filter} matches, counted up to {@value #COUNT_CAP}: beyond that, or when a search-box
     * match was too broad to list every case, the count is "at least" ({@link LedgerCount#exact()} false). Asked
     * once when the filter changes, not for every page.
     */
    public LedgerCount count(LedgerFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return tx.readLedger(ledger -> ledger.count(filter, COUNT_CAP));
    }

    /**
     * Writes every case {@code filter} matches, in {@code sort} order, to an .xlsx file: fetched a page at a time
     * and streamed, so the list may be of any length. Each page starts after the sort key of the last row written
     * (keyset, not offset), so every case matching when the export started is written exactly once even while
     * cases are added or change status, and a page deep in a million cases is as quick as the first. {@code cells}
     * turns a row into the sheet's cells (as the screen shows it: resident IDs masked); {@code progress} hears the
     * rows written so far after each page; when {@code cancelled} answers true the export stops between pages and
     * leaves no file.
     *
     * @throws QiaoException {@code ledger.export.failed} (file, reason) when the file cannot be written, and what
     *     {@link #page} throws
     */
    public Export export(LedgerFilter filter, LedgerSort sort, Path file, String sheetName, List<String> headers,
                         Function<LedgerRow, List<?>> cells, IntConsumer progress, BooleanSupplier cancelled) {
        return export(filter, sort, file, sheetName, headers, cells, progress, cancelled, EXPORT_PAGE);
    }

    /** {@link #export} fetching {@code pageSize} rows at a time. */
    Export export(LedgerFilter filter, LedgerSort sort, Path file, String sheetName, List<String> headers,
                  Function<LedgerRow, List<?>> cells, IntConsumer progress, BooleanSupplier cancelled, int pageSize) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(file, "file");
        try (XlsxTable table = new XlsxTable(file, sheetName, headers)) {
            LedgerRow last = null;
            while (true) {
                if (cancelled.getAsBoolean()) {
                    return new Export(table.rows(), false);
                }
                LedgerRow after = last;
                List<LedgerRow> rows = tx.readLedger(ledger -> ledger.after(filter, sort, after, pageSize));
                rows.forEach(row -> table.add(cells.apply(row)));
                progress.accept(table.rows());
                if (rows.size() < pageSize) {
                    break;
                }
                last = rows.get(rows.size() - 1);
            }
            table.finish();
            return new Export(table.rows(), true);
        } catch (IOException e) {
            throw new QiaoException(e, "ledger.export.failed", file, e.getMessage());
        }
    }

    /**
     * The search box: cases whose number, worker (name, resident ID, phone) or employer (name, credit code,
     * phone) matches {@code query}, optionally only in {@code statuses}. Ordered by what matched: case numbers,
     * then court case numbers, then workers, then employers; names in name order (the most recently registered
     * person or employer first among equal names), each one's cases newest received first.
     */
    public List<LedgerRow> find(String query, Set<CaseStatus> statuses, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        int size = Math.max(0, Math.min(limit, MAX_PAGE));
        return tx.readLedger(ledger -> ledger.find(query, statuses == null ? Set.of() : statuses, size));
    }

    /** Whether the signed-in user sees resident IDs whole on the case page. */
    public boolean maySeeFullResidentIds() {
        return FULL_ID_ROLES.stream().anyMatch(session::hasRole);
    }

    /** One case in full, by its number; empty when there is no such case. */
    public Optional<CaseDetail> show(String caseNumber) {
        if (caseNumber == null || caseNumber.isBlank()) {
            return Optional.empty();
        }
        boolean full = maySeeFullResidentIds();
        return tx.call(repos -> repos.cases().findByNumber(caseNumber.strip())
            .map(c -> detail(c, full, suspendedSince(repos.mediationEvents().ofCase(c.getId())))));
    }

    /** The day the mediation clock was suspended, when the last suspension has not been followed by a resumption. */
    private static LocalDate suspendedSince(List<MediationEvent> events) {
        LocalDate since = null;
        for (MediationEvent event : events) {
            if (event.getKind() == MediationEvent.Kind.SUSPENSION) {
                since = event.toClockEvent().date();
            } else if (event.getKind() == MediationEvent.Kind.RESUMPTION) {
                since = null;
            }
        }
        return since;
    }

    private static CaseDetail detail(DisputeCase c, boolean fullIds, LocalDate suspendedSince) {
        Employer e = c.getEmployer();
        CaseDetail.EmployerParty employer = new CaseDetail.EmployerParty(e.getName(), e.getCreditCode(),
            e.getLegalRepresentative(), e.getAddress(), e.getPhone(), e.getIndustry(), e.getRegionCode());
        List<CaseDetail.WorkerParty> workers = c.getWorkers().stream().map(w -> worker(c, w, fullIds)).toList();
        return new CaseDetail(c.getId(), c.getVersion(), c.getCaseNumber(), c.getStatus(), c.getSource(),
            c.getRegionCode(), c.getStudio(), c.getReceivedDate(), c.getSummary(),
            c.getMediator() == null ? null : c.getMediator().getDisplayName(), employer, workers, c.totalClaimed(),
            !fullIds, c.getCourtName(), c.getCourtCaseNumber(), c.getMediationDueDate(), suspendedSince);
    }

    private static CaseDetail.WorkerParty worker(DisputeCase c, Worker w, boolean fullIds) {
        List<CaseDetail.ClaimLine> claims = c.getClaims().stream().filter(k -> k.getWorker() == w)
            .map(CaseLedgerService::line).toList();
        BigDecimal total = claims.stream().map(CaseDetail.ClaimLine::amount)
            .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        String id = fullIds ? w.getResidentId() : LedgerRow.maskResidentId(w.getResidentId());
        return new CaseDetail.WorkerParty(w.getName(), id, w.getPhone(), w.getAddress(), w.getGroups(), claims,
            total);
    }

    private static CaseDetail.ClaimLine line(Claim k) {
        return new CaseDetail.ClaimLine(k.getCategory(), k.getAmount(), k.getPeriodFrom(), k.getPeriodTo(),
            k.getNote());
    }
}
