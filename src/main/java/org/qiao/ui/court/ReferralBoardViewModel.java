// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.court;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.qiao.domain.court.Court;
import org.qiao.i18n.Messages;
import org.qiao.service.CourtService;
import org.qiao.service.ReferralBoardService;
import org.qiao.service.ReferralBoardService.BoardFilter;
import org.qiao.service.ReferralBoardService.BoardRow;
import org.qiao.ui.BackgroundTasks;
import org.qiao.ui.DocumentOutput;
import org.qiao.ui.ErrorText;

/**
 * The 诉调对接 section: the referral board — the court referrals the studio holds (or all), most urgent first,
 * filtered by court and signed-for month, overdue rows marked, each opening its case page — the deadline-control
 * sheet printed from the same filter, and the way to register a new referral. Loaded in the background.
 */
public final class ReferralBoardViewModel {

    /** How many months back the month filter offers. */
    static final int MONTHS = 24;

    /** A court in the filter; {@code code} null for every court. */
    public record CourtChoice(String code, String label) {
    }

    /** A month in the filter; {@code month} null for any month. */
    public record MonthChoice(YearMonth month, String label) {
    }

    /** One row of the board, as shown; {@code court} is the short name, {@code courtName} the full one. */
    public record Row(String caseNumber, String court, String courtName, String courtCaseNumber, String type,
                      String parties, String signedFor, String due, String left, boolean overdue, String status,
                      String mediator) {
    }

    private final ReferralBoardService board;
    private final CourtService courts;
    private final Consumer<String> openCase;
    private final Runnable registerReferral;
    private final DocumentOutput documents;
    private final BackgroundTasks background;
    private final ErrorText errors;
    private final Messages messages;

    private final ObservableList<CourtChoice> courtChoices = FXCollections.observableArrayList();
    private final ObservableList<MonthChoice> monthChoices = FXCollections.observableArrayList();
    private final ObjectProperty<CourtChoice> court = new SimpleObjectProperty<>();
    private final ObjectProperty<MonthChoice> month = new SimpleObjectProperty<>();
    private final BooleanProperty onlyHeld = new SimpleBooleanProperty(true);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty printing = new SimpleBooleanProperty(false);

    /**
     * @param openCase         opens a case page by its number
     * @param registerReferral goes to the intake to register a referral that arrived on paper
     */
    public ReferralBoardViewModel(ReferralBoardService board, CourtService courts, Consumer<String> openCase,
                                  Runnable registerReferral, DocumentOutput documents, BackgroundTasks background,
                                  ErrorText errors, Messages messages, Clock clock) {
        this.board = Objects.requireNonNull(board);
        this.courts = Objects.requireNonNull(courts);
        this.openCase = Objects.requireNonNull(openCase);
        this.registerReferral = Objects.requireNonNull(registerReferral);
        this.documents = Objects.requireNonNull(documents);
        this.background = Objects.requireNonNull(background);
        this.errors = Objects.requireNonNull(errors);
        this.messages = Objects.requireNonNull(messages);
        CourtChoice allCourts = new CourtChoice(null, messages.get("board.court.all"));
        courtChoices.add(allCourts);
        court.set(allCourts);
        MonthChoice anyMonth = new MonthChoice(null, messages.get("board.month.any"));
        monthChoices.add(anyMonth);
        YearMonth now = YearMonth.from(LocalDate.now(clock));
        for (int i = 0; i < MONTHS; i++) {
            YearMonth m = now.minusMonths(i);
            monthChoices.add(new MonthChoice(m, messages.get("board.month.value", m.getYear(), m.getMonthValue())));
        }
        month.set(anyMonth);
        court.addListener((obs, old, changed) -> refresh());
        month.addListener((obs, old, changed) -> refresh());
        onlyHeld.addListener((obs, old, changed) -> refresh());
    }

    /** Loads the court list for the filter, then the board. */
    public void load() {
        background.submit(courts::all, list -> {
            List<CourtChoice> choices = new ArrayList<>();
            choices.add(courtChoices.get(0));
            for (Court c : list) {
                choices.add(new CourtChoice(c.getCode(), c.getName() + "（" + c.getCode() + "）"));
            }
            CourtChoice chosen = court.get();
            courtChoices.setAll(choices);
            court.set(choices.stream().filter(c -> Objects.equals(c.code(), chosen == null ? null : chosen.code()))
                .findFirst().orElse(choices.get(0)));
        }, failure -> message.set(errors.of(failure)));
        refresh();
    }

    /** The board's filter as chosen. */
    BoardFilter filter() {
        CourtChoice c = court.get();
        MonthChoice m = month.get();
        return new BoardFilter(c == null ? null : c.code(), m == null ? null : m.month(), !onlyHeld.get());
    }

    public void refresh() {
        BoardFilter filter = filter();
        loading.set(true);
        message.set("");
        background.submit(() -> board.board(filter), shown -> {
            loading.set(false);
            List<Row> list = new ArrayList<>(shown.rows().size());
            shown.rows().forEach(r -> list.add(row(r)));
            rows.setAll(list);
            summary.set(messages.get("board.summary", shown.rows().size(), shown.overdueCount()));
        }, failure -> {
            loading.set(false);
            message.set(errors.of(failure));
        });
    }

    private Row row(BoardRow r) {
        return new Row(r.caseNumber(), Court.shortName(r.courtName()), r.courtName(), r.courtCaseNumber(),
            messages.get(ReferralBoardService.shortTypeKey(r.type())), ReferralBoardService.parties(messages, r),
            r.signedForDate().toString(), r.mediationDue() == null ? "—" : r.mediationDue().toString(), left(r),
            r.overdue(), messages.get(r.status().messageKey()),
            r.mediator() == null ? messages.get("ledger.mediator.none") : r.mediator());
    }

    private String left(BoardRow r) {
        Integer days = r.workingDaysLeft();
        if (r.overdue()) {
            return messages.get("board.left.overdue", days == null ? 0 : -days);
        }
        if (days == null) {
            return "—";
        }
        return days == 0 ? messages.get("board.left.today") : messages.get("board.left.days", days);
    }

    /** Writes the deadline-control sheet of the board's filter and sends it to the printer. */
    public void printSheet() {
        if (printing.get()) {
            return;
        }
        printing.set(true);
        message.set("");
        BoardFilter filter = filter();
        String name = messages.get("board.sheet.fileName", LocalDate.now().toString());
        background.submit(() -> documents.deliver(name, board.deadlineSheetPdf(filter),
            DocumentOutput.Delivery.PRINT), file -> {
                printing.set(false);
                message.set(messages.get("board.sheet.printed", file.toString()));
            }, failure -> {
                printing.set(false);
                message.set(errors.of(failure));
            });
    }

    /** Opens the case of a board row on the case page. */
    public void open(Row row) {
        if (row != null) {
            openCase.accept(row.caseNumber());
        }
    }

    /** Goes to the intake to register a referral. */
    public void registerReferral() {
        registerReferral.run();
    }

    public ObservableList<CourtChoice> courtChoices() {
        return courtChoices;
    }

    public ObservableList<MonthChoice> monthChoices() {
        return monthChoices;
    }

    public ObjectProperty<CourtChoice> courtProperty() {
        return court;
    }

    public ObjectProperty<MonthChoice> monthProperty() {
        return month;
    }

    public BooleanProperty onlyHeldProperty() {
        return onlyHeld;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanProperty printingProperty() {
        return printing;
    }
}
