// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.ledger;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

import org.qiao.domain.Sha256;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.cases.LedgerCount;
import org.qiao.domain.cases.LedgerFilter;
import org.qiao.domain.cases.LedgerPage;
import org.qiao.domain.cases.LedgerRow;
import org.qiao.domain.cases.LedgerSort;
import org.qiao.domain.cases.WorkerGroup;
import org.qiao.domain.money.Money;
import org.qiao.domain.region.Region;
import org.qiao.domain.region.RegionDirectory;
import org.qiao.domain.user.UserRef;
import org.qiao.i18n.Messages;
import org.qiao.service.AuthService;
import org.qiao.service.CaseLedgerService;
import org.qiao.service.CaseLedgerService.Due;
import org.qiao.service.DraftService;
import org.qiao.ui.BackgroundTasks;
import org.qiao.ui.DialogService;
import org.qiao.ui.ErrorText;
import org.qiao.ui.Labels;

/**
 * The case ledger (案件台账): one page of cases at a time from the service, filtered and sorted by the database
 * (never all cases in memory), a search box, and the export of the whole filtered list to .xlsx. Filters apply as
 * they change; the search box when the mediator presses Enter. The filter and the sort are kept per user through
 * {@link DraftService} (owner {@code ledger-filter:<username>}), so they survive a restart and follow the user to
 * another workstation on a shared server.
 */
public final class LedgerViewModel {

    /** Cases on one page. */
    public static final int PAGE_SIZE = 50;

    /** The columns, in order, for the screen and the export. */
    public enum Column {
        CASE_NUMBER("ledger.column.caseNumber", LedgerSort.Column.CASE_NUMBER),
        STATUS("ledger.column.status", LedgerSort.Column.STATUS),
        RECEIVED_DATE("ledger.column.receivedDate", LedgerSort.Column.RECEIVED_DATE),
        EMPLOYER("ledger.column.employer", LedgerSort.Column.EMPLOYER_NAME),
        WORKERS("ledger.column.workers", null),
        CLAIMED("ledger.column.claimed", LedgerSort.Column.AMOUNT_CLAIMED),
        RESIDENT_ID("ledger.column.residentId", null),
        SOURCE("ledger.column.source", null),
        REGION("ledger.column.region", null),
        MEDIATOR("ledger.column.mediator", null);

        private final String headerKey;
        private final LedgerSort.Column sort;

        Column(String headerKey, LedgerSort.Column sort) {
            this.headerKey = headerKey;
            this.sort = sort;
        }

        public String headerKey() {
            return headerKey;
        }

        /** The service's sort for this column, or {@code null} when the database cannot sort by it. */
        public LedgerSort.Column sort() {
            return sort;
        }
    }

    private final CaseLedgerService ledger;
    private final AuthService auth;
    private final DraftService drafts;
    private final RegionDirectory regions;
    private final String filterOwner;
    private final Long userId;
    private final Messages messages;
    private final BackgroundTasks background;
    private final ErrorText errors;
    private final DialogService dialogs;

    private final ObservableSet<CaseStatus> statuses = FXCollections.observableSet(EnumSet.noneOf(CaseStatus.class));
    private final ObjectProperty<CaseSource> source = new SimpleObjectProperty<>();
    private final ObjectProperty<Region> league = new SimpleObjectProperty<>();
    private final ObjectProperty<Region> county = new SimpleObjectProperty<>();
    private final ObservableList<Region> counties = FXCollections.observableArrayList();
    private final ObjectProperty<DisputeCategory> category = new SimpleObjectProperty<>();
    private final ObjectProperty<WorkerGroup> workerGroup = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> receivedFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> receivedTo = new SimpleObjectProperty<>();
    private final ObjectProperty<Due> due = new SimpleObjectProperty<>(Due.ANY);
    /** The mediator whose cases to show; {@code null} for everyone's. */
    private final ObjectProperty<UserRef> mediator = new SimpleObjectProperty<>();
    private final ObservableList<UserRef> mediators = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<LedgerSort> sort = new SimpleObjectProperty<>(LedgerSort.NEWEST_FIRST);

    private final ObservableList<LedgerRow> rows = FXCollections.observableArrayList();
    private final StringProperty pageText = new SimpleStringProperty("");
    private final StringProperty statusesText = new SimpleStringProperty("");
    private final StringProperty emptyText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty hasPrevious = new SimpleBooleanProperty(false);
    private final BooleanProperty hasNext = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty exporting = new SimpleBooleanProperty(false);
    private final DoubleProperty exportProgress = new SimpleDoubleProperty(0);
    private final StringProperty exportText = new SimpleStringProperty("");

    private int offset;
    private boolean pageEmpty = true;
    /** The count of the filter shown, or {@code null} while it is being counted. */
    private LedgerCount count;
    /** Counts requests, so an answer that arrives after a newer request was made is dropped. */
    private long generation;
    private long countGeneration;
    private boolean restoring;
    private AtomicBoolean exportCancel = new AtomicBoolean();

    public LedgerViewModel(CaseLedgerService ledger, DraftService drafts, AuthService auth, RegionDirectory regions,
                           String username, Long userId, Messages messages, BackgroundTasks background,
                           ErrorText errors, DialogService dialogs) {
        this.ledger = Objects.requireNonNull(ledger);
        this.auth = Objects.requireNonNull(auth);
        this.drafts = Objects.requireNonNull(drafts);
        this.regions = Objects.requireNonNull(regions);
        this.filterOwner = filterOwner(username);
        this.userId = userId;
        this.messages = Objects.requireNonNull(messages);
        this.background = Objects.requireNonNull(background);
        this.errors = Objects.requireNonNull(errors);
        this.dialogs = Objects.requireNonNull(dialogs);
        league.addListener((obs, old, chosen) -> {
            counties.setAll(chosen == null ? List.of() : regions.counties(chosen.code()));
            if (county.get() != null && (chosen == null || !chosen.code().equals(county.get().parentCode()))) {
                county.set(null);
            }
        });
        InvalidationListener changed = obs -> filterChanged();
        List.<Observable>of(source, league, county, category, workerGroup, receivedFrom, receivedTo, due, mediator)
            .forEach(property -> property.addListener(changed));
        statuses.addListener((SetChangeListener<CaseStatus>) change -> filterChanged());
        statusesText.set(describeStatuses());
    }

    /**
     * The draft owner under which the filter is kept: {@code ledger-filter:<username>}, or, for a user name too
     * long for the 50-character owner column, a digest of it.
     */
    static String filterOwner(String username) {
        String owner = "ledger-filter:" + Objects.requireNonNull(username);
        if (owner.length() <= 50) {
            return owner;
        }
        return "ledger-filter:#" + Sha256.of(username.getBytes(StandardCharsets.UTF_8)).substring(0, 35);
    }

    // ---- loading pages ----

    /** Restores the filter this user left (if any) and shows the first page. */
    public void start() {
        busy.set(true);
        background.submit(auth::mediators, this::mediatorsLoaded, failure -> message.set(errors.of(failure)));
        background.submit(() -> drafts.load(filterOwner), saved -> {
            saved.ifPresent(draft -> restoreFilter(draft.content()));
            load(0);
            count();
        }, failure -> {
            // A filter that cannot be read back is not worth stopping for: the ledger opens unfiltered.
            message.set(errors.of(failure));
            load(0);
            count();
        });
    }

    /**
     * The filter as chosen, without the deadline condition: that one needs the statutory calendar from the
     * database, so it is added in the background ({@link CaseLedgerService#withDue}).
     */
    public LedgerFilter filter() {
        Region region = county.get() != null ? county.get() : league.get();
        return new LedgerFilter(Set.copyOf(statuses), source.get() == null ? null : Set.of(source.get()),
            region == null ? null : region.code(), mediator.get() == null ? null : mediator.get().id(),
            category.get(), workerGroup.get(), receivedFrom.get(), receivedTo.get(), query.get());
    }

    private void filterChanged() {
        statusesText.set(describeStatuses());
        if (!restoring) {
            apply();
        }
    }

    /** Shows the first page for the filter as it stands, counts its cases, and keeps the filter for next time. */
    public void apply() {
        saveFilter();
        load(0);
        count();
    }

    /** The search box: finds by case number, worker name, ID or phone, employer name or credit code. */
    public void search() {
        apply();
    }

    public void nextPage() {
        if (hasNext.get()) {
            load(offset + PAGE_SIZE);
        }
    }

    public void previousPage() {
        if (hasPrevious.get()) {
            load(Math.max(0, offset - PAGE_SIZE));
        }
    }

    /** Loads the current page again and counts again, e.g. after a case changed. */
    public void reload() {
        load(offset);
        count();
    }

    /** Orders by {@code column} (a column the service can sort by); {@code null} returns to newest first. */
    public void sortBy(Column column, boolean descending) {
        LedgerSort next = column == null || column.sort() == null ? LedgerSort.NEWEST_FIRST
            : LedgerSort.by(column.sort(), descending);
        if (!next.equals(sort.get())) {
            sort.set(next);
            apply();
        }
    }

    /** Clears every filter and the search box. */
    public void clearFilters() {
        restoring = true;
        try {
            statuses.clear();
            source.set(null);
            league.set(null);
            county.set(null);
            category.set(null);
            workerGroup.set(null);
            receivedFrom.set(null);
            receivedTo.set(null);
            due.set(Due.ANY);
            mediator.set(null);
            query.set("");
        } finally {
            restoring = false;
        }
        statusesText.set(describeStatuses());
        apply();
    }

    private void load(int from) {
        long asked = ++generation;
        LedgerFilter filter = filter();
        Due deadline = due.get();
        LedgerSort order = sort.get();
        busy.set(true);
        background.submit(() -> ledger.page(ledger.withDue(filter, deadline), order, from, PAGE_SIZE), page -> {
            if (asked == generation) {
                show(page, filter.equals(LedgerFilter.ALL) && deadline == Due.ANY);
            }
        }, failure -> {
            if (asked == generation) {
                busy.set(false);
                message.set(errors.of(failure));
            }
        });
    }

    /**
     * Counts the filter's cases in the background, once per filter (pages do not count): the page number shows at
     * once, the total when it is known.
     */
    private void count() {
        long asked = ++countGeneration;
        LedgerFilter filter = filter();
        Due deadline = due.get();
        count = null;
        background.submit(() -> ledger.count(ledger.withDue(filter, deadline)), counted -> {
            if (asked == countGeneration) {
                count = counted;
                showPageText();
            }
        }, failure -> {
            if (asked == countGeneration) {
                message.set(errors.of(failure));
            }
        });
    }

    private void show(LedgerPage page, boolean unfiltered) {
        busy.set(false);
        message.set("");
        offset = page.offset();
        pageEmpty = page.rows().isEmpty();
        rows.setAll(page.rows());
        hasPrevious.set(offset > 0);
        hasNext.set(page.hasMore());
        showPageText();
        emptyText.set(messages.get(unfiltered ? "ledger.empty.none" : "ledger.empty.filtered"));
    }

    private void showPageText() {
        int pageNumber = offset / PAGE_SIZE + 1;
        if (pageEmpty && offset == 0 || count != null && count.matches() == 0) {
            pageText.set("");
        } else if (count == null) {
            pageText.set(messages.get("ledger.page.counting", pageNumber));
        } else if (count.exact()) {
            long pages = Math.max(pageNumber, (count.matches() + PAGE_SIZE - 1) / PAGE_SIZE);
            pageText.set(messages.get("ledger.page.exact", pageNumber, pages, count.matches()));
        } else {
            pageText.set(messages.get("ledger.page.atLeast", pageNumber, count.matches()));
        }
    }

    // ---- keeping the filter ----

    private void saveFilter() {
        String text = filterText();
        background.submit(() -> drafts.save(filterOwner, text), saved -> { },
            failure -> message.set(errors.of(failure)));
    }

    /** The filter and sort as text (Java properties), as kept between sessions. */
    String filterText() {
        Properties p = new Properties();
        p.setProperty("statuses", statuses.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        put(p, "source", source.get());
        put(p, "league", league.get() == null ? null : league.get().code());
        put(p, "county", county.get() == null ? null : county.get().code());
        put(p, "category", category.get());
        put(p, "workerGroup", workerGroup.get());
        put(p, "receivedFrom", receivedFrom.get());
        put(p, "receivedTo", receivedTo.get());
        put(p, "due", due.get());
        put(p, "mediator", mediator.get() == null ? null : mediator.get().id());
        put(p, "query", query.get() == null || query.get().isBlank() ? null : query.get());
        p.setProperty("sort", sort.get().column().name());
        p.setProperty("descending", Boolean.toString(sort.get().descending()));
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void put(Properties p, String key, Object value) {
        if (value != null) {
            p.setProperty(key, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    /** Sets the filter from {@link #filterText()}; anything unreadable (an old or edited text) is left out. */
    void restoreFilter(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            return;
        }
        restoring = true;
        try {
            statuses.clear();
            Arrays.stream(p.getProperty("statuses", "").split(",")).filter(s -> !s.isBlank())
                .map(s -> parse(CaseStatus.class, s)).filter(Objects::nonNull).forEach(statuses::add);
            source.set(parse(CaseSource.class, p.getProperty("source")));
            league.set(region(p.getProperty("league")));
            county.set(region(p.getProperty("county")));
            category.set(parse(DisputeCategory.class, p.getProperty("category")));
            workerGroup.set(parse(WorkerGroup.class, p.getProperty("workerGroup")));
            receivedFrom.set(date(p.getProperty("receivedFrom")));
            receivedTo.set(date(p.getProperty("receivedTo")));
            Due savedDue = parse(Due.class, p.getProperty("due"));
            due.set(savedDue == null ? Due.ANY : savedDue);
            mediator.set(mediator(p.getProperty("mediator"), Boolean.parseBoolean(p.getProperty("onlyMine"))));
            query.set(p.getProperty("query", ""));
            LedgerSort.Column column = parse(LedgerSort.Column.class, p.getProperty("sort"));
            sort.set(column == null ? LedgerSort.NEWEST_FIRST
                : LedgerSort.by(column, Boolean.parseBoolean(p.getProperty("descending"))));
        } finally {
            restoring = false;
        }
        statusesText.set(describeStatuses());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Region region(String code) {
        return code == null ? null : regions.byCode(code).orElse(null);
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    // ---- export ----

    /** Asks where to save, then writes every matching case (not just this page) in the background. */
    public void export() {
        if (exporting.get()) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseFileToSave(messages.get("ledger.export.title"),
            messages.get("ledger.export.filter"), "*.xlsx",
            messages.get("ledger.export.fileName", LocalDate.now().toString()));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get().getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
            ? chosen.get() : chosen.get().resolveSibling(chosen.get().getFileName() + ".xlsx");
        LedgerFilter filter = filter();
        Due deadline = due.get();
        LedgerSort order = sort.get();
        long expected = count != null && count.exact() ? count.matches() : -1;
        List<String> headers = Arrays.stream(Column.values()).map(c -> messages.get(c.headerKey())).toList();
        AtomicBoolean cancel = new AtomicBoolean();
        exportCancel = cancel;
        exporting.set(true);
        exportProgress.set(expected > 0 ? 0 : -1);
        exportText.set(messages.get("ledger.export.running", 0));
        String sheet = messages.get("ledger.export.sheet");
        background.submit(() -> ledger.export(ledger.withDue(filter, deadline), order, file, sheet, headers,
                this::cells, written -> background.onUiThread(() -> progress(written, expected)), cancel::get),
            result -> {
                exporting.set(false);
                exportText.set(result.complete() ? messages.get("ledger.export.done", result.rows(), file.toString())
                    : messages.get("ledger.export.cancelled"));
            }, failure -> {
                exporting.set(false);
                exportText.set(errors.of(failure));
            });
    }

    private void progress(int written, long expected) {
        if (exporting.get()) {
            exportProgress.set(expected > 0 ? Math.min(1.0, written / (double) expected) : -1);
            exportText.set(messages.get("ledger.export.running", written));
        }
    }

    /** Stops an export under way after the page being written; no file is left. */
    public void cancelExport() {
        exportCancel.set(true);
    }

    /** One row of the export, as the screen shows it (resident IDs masked, amounts as numbers). */
    List<Object> cells(LedgerRow row) {
        List<Object> cells = new ArrayList<>();
        for (Column column : Column.values()) {
            cells.add(switch (column) {
                case CLAIMED -> row.claimed();
                case RECEIVED_DATE -> row.receivedDate();
                default -> text(column, row);
            });
        }
        return cells;
    }

    // ---- texts ----

    /** A cell's text on screen. */
    public String text(Column column, LedgerRow row) {
        return switch (column) {
            case CASE_NUMBER -> row.caseNumber();
            case STATUS -> messages.get(row.status().messageKey());
            case SOURCE -> messages.get(row.source().messageKey());
            case RECEIVED_DATE -> row.receivedDate() == null ? "" : row.receivedDate().toString();
            case EMPLOYER -> row.employerName();
            case WORKERS -> workers(row);
            case RESIDENT_ID -> row.firstWorkerIdMasked() == null ? "" : row.firstWorkerIdMasked();
            case CLAIMED -> amount(row.claimed());
            case REGION -> row.regionCode() == null ? "" : regions.byCode(row.regionCode()).map(Region::name)
                .orElse(row.regionCode());
            case MEDIATOR -> row.mediatorName() == null ? messages.get("ledger.mediator.none") : row.mediatorName();
        };
    }

    private String workers(LedgerRow row) {
        return Labels.workers(messages, row);
    }

    private static String amount(BigDecimal value) {
        return value == null ? "" : Money.of(value).toGroupedString();
    }

    /** A value's name in the user's language, for choice boxes. */
    public String label(Enum<?> value) {
        if (value instanceof CaseStatus s) {
            return messages.get(s.messageKey());
        }
        if (value instanceof CaseSource s) {
            return messages.get(s.messageKey());
        }
        if (value instanceof DisputeCategory c) {
            return messages.get(c.messageKey());
        }
        if (value instanceof WorkerGroup g) {
            return messages.get(g.messageKey());
        }
        if (value instanceof Due d) {
            return switch (d) {
                case ANY -> messages.get("ledger.due.ANY");
                case OVERDUE -> messages.get("ledger.due.OVERDUE");
                case WITHIN_3_WORKING_DAYS -> messages.get("ledger.due.WITHIN_3_WORKING_DAYS");
            };
        }
        return value.name();
    }

    private String describeStatuses() {
        if (statuses.isEmpty()) {
            return messages.get("ledger.filter.statuses.any");
        }
        return statuses.stream().sorted().map(this::label)
            .collect(Collectors.joining(messages.get("list.separator")));
    }

    // ---- properties ----

    public List<Region> leagues() {
        return regions.leagues();
    }

    public ObservableList<Region> counties() {
        return counties;
    }

    public ObservableSet<CaseStatus> statuses() {
        return statuses;
    }

    public ObjectProperty<CaseSource> sourceProperty() {
        return source;
    }

    public ObjectProperty<Region> leagueProperty() {
        return league;
    }

    public ObjectProperty<Region> countyProperty() {
        return county;
    }

    public ObjectProperty<DisputeCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<WorkerGroup> workerGroupProperty() {
        return workerGroup;
    }

    public ObjectProperty<LocalDate> receivedFromProperty() {
        return receivedFrom;
    }

    public ObjectProperty<LocalDate> receivedToProperty() {
        return receivedTo;
    }

    public ObjectProperty<Due> dueProperty() {
        return due;
    }

    public ObjectProperty<UserRef> mediatorProperty() {
        return mediator;
    }

    /** The choices of the mediator filter: a mediator's own cases first, then every other mediator. */
    public ObservableList<UserRef> mediators() {
        return mediators;
    }

    /** How a mediator choice reads: everyone's, "my cases", or the mediator's name. */
    public String mediatorLabel(UserRef choice) {
        if (choice == null) {
            return messages.get("ledger.filter.mediator.any");
        }
        if (userId != null && choice.id() == userId) {
            return messages.get("ledger.filter.mediator.mine");
        }
        return choice.displayName();
    }

    /**
     * The choice for a kept filter's mediator id; an account that is no longer listed keeps its id (the filter still
     * applies) and takes its name when the list arrives. A filter kept before the mediator list existed had only
     * "only my cases".
     */
    private UserRef mediator(String savedId, boolean onlyMine) {
        Long id = null;
        try {
            id = savedId == null ? null : Long.valueOf(savedId.strip());
        } catch (NumberFormatException e) {
            id = null;
        }
        if (id == null && onlyMine) {
            id = userId;
        }
        if (id == null) {
            return null;
        }
        long wanted = id;
        return mediators.stream().filter(ref -> ref.id() == wanted).findFirst()
            .orElse(new UserRef(wanted, "", messages.get("ledger.filter.mediator.unknown", String.valueOf(wanted))));
    }

    private void mediatorsLoaded(List<UserRef> found) {
        // A mediator's own cases come first, as "my cases"; a supervisor or lawyer has none to offer.
        List<UserRef> choices = new ArrayList<>();
        found.stream().filter(ref -> userId != null && ref.id() == userId).forEach(choices::add);
        found.stream().filter(ref -> userId == null || ref.id() != userId).forEach(choices::add);
        UserRef chosen = mediator.get();
        if (chosen != null && !choices.contains(chosen)) {
            choices.add(chosen);
        }
        restoring = true;
        try {
            mediators.setAll(choices);
            if (chosen != null) {
                mediator.set(choices.get(choices.indexOf(chosen)));
            }
        } finally {
            restoring = false;
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<LedgerSort> sortProperty() {
        return sort;
    }

    public ObservableList<LedgerRow> rows() {
        return rows;
    }

    public StringProperty pageTextProperty() {
        return pageText;
    }

    public StringProperty statusesTextProperty() {
        return statusesText;
    }

    public StringProperty emptyTextProperty() {
        return emptyText;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty hasPreviousProperty() {
        return hasPrevious;
    }

    public BooleanProperty hasNextProperty() {
        return hasNext;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty exportingProperty() {
        return exporting;
    }

    public DoubleProperty exportProgressProperty() {
        return exportProgress;
    }

    public StringProperty exportTextProperty() {
        return exportText;
    }
}
