// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.mediation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.qiao.domain.mediation.SessionStatus;
import org.qiao.domain.user.UserRef;
import org.qiao.i18n.Messages;
import org.qiao.service.AuthService;
import org.qiao.service.SessionService;
import org.qiao.service.SessionService.SessionView;
import org.qiao.ui.BackgroundTasks;
import org.qiao.ui.ErrorText;

/**
 * The 调解 section: one week (Monday to Sunday, working hours) of a mediator's or a room's sessions, with previous
 * and next week. Sessions that clash with another scheduled session are marked; opening a session opens its case.
 */
public final class WeekViewModel {

    /** Whose week is shown. */
    public enum By { MEDIATOR, ROOM }

    /** The working day the grid shows; a session outside it is drawn at the nearest edge. */
    public static final LocalTime DAY_START = LocalTime.of(8, 0);
    public static final LocalTime DAY_END = LocalTime.of(18, 0);

    /**
     * A session drawn in the grid.
     *
     * @param day 0 for Monday to 6 for Sunday
     */
    public record Block(long sessionId, String caseNumber, int day, LocalTime start, LocalTime end, String text,
                        String tooltip, boolean clash, boolean held) {
    }

    private final SessionService sessions;
    private final AuthService auth;
    private final Consumer<String> openCase;
    private final Messages messages;
    private final BackgroundTasks background;
    private final ErrorText errors;
    private final Clock clock;

    private final ObjectProperty<By> by = new SimpleObjectProperty<>(By.MEDIATOR);
    private final ObjectProperty<UserRef> mediator = new SimpleObjectProperty<>();
    private final ObjectProperty<String> room = new SimpleObjectProperty<>();
    private final ObservableList<UserRef> mediators = FXCollections.observableArrayList();
    private final ObservableList<String> rooms = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> monday = new SimpleObjectProperty<>();
    private final StringProperty range = new SimpleStringProperty("");
    private final ObservableList<String> dayHeadings = FXCollections.observableArrayList();
    private final ObservableList<Block> blocks = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    private boolean started;
    private int request;

    public WeekViewModel(SessionService sessions, AuthService auth, Consumer<String> openCase, Messages messages,
                         BackgroundTasks background, ErrorText errors, Clock clock) {
        this.sessions = Objects.requireNonNull(sessions);
        this.auth = Objects.requireNonNull(auth);
        this.openCase = Objects.requireNonNull(openCase);
        this.messages = Objects.requireNonNull(messages);
        this.background = Objects.requireNonNull(background);
        this.errors = Objects.requireNonNull(errors);
        this.clock = Objects.requireNonNull(clock);
        monday.set(SessionService.monday(LocalDate.now(clock)));
        by.addListener(changed -> load());
        mediator.addListener(changed -> load());
        room.addListener(changed -> load());
        monday.addListener(changed -> load());
    }

    private record Choices(List<UserRef> mediators, List<String> rooms) {
    }

    /**
     * Loads the mediators and rooms to choose from, then the week: the signed-in mediator's own, or the first
     * mediator's. Called again (e.g. when the section is shown anew), it reloads the choices and the week.
     */
    public void start() {
        busy.set(true);
        String myself = auth.session().actorName();
        background.submit(() -> new Choices(auth.mediators(), sessions.rooms()), choices -> {
            busy.set(false);
            UserRef chosen = mediator.get();
            String chosenRoom = room.get();
            mediators.setAll(choices.mediators());
            rooms.setAll(choices.rooms());
            if (chosen == null || !mediators.contains(chosen)) {
                chosen = mediators.stream().filter(m -> m.username().equals(myself)).findFirst()
                    .orElse(mediators.isEmpty() ? null : mediators.get(0));
            }
            if (chosenRoom == null || !rooms.contains(chosenRoom)) {
                chosenRoom = rooms.isEmpty() ? null : rooms.get(0);
            }
            mediator.set(chosen);
            room.set(chosenRoom);
            started = true;
            load();
        }, failure -> {
            busy.set(false);
            message.set(errors.of(failure));
        });
    }

    public void previousWeek() {
        monday.set(monday.get().minusWeeks(1));
    }

    public void nextWeek() {
        monday.set(monday.get().plusWeeks(1));
    }

    public void thisWeek() {
        monday.set(SessionService.monday(LocalDate.now(clock)));
    }

    /** Opens the case of a session on its case page. */
    public void open(Block block) {
        if (block != null && block.caseNumber() != null) {
            openCase.accept(block.caseNumber());
        }
    }

    private void load() {
        if (!started) {
            return;
        }
        LocalDate first = monday.get();
        range.set(messages.get("week.range", first.toString(), first.plusDays(6).toString()));
        dayHeadings.setAll(java.util.stream.IntStream.range(0, 7).mapToObj(i -> messages.get("week.day",
            messages.get(CaseSessionsViewModel.WEEKDAYS.get(i)), first.plusDays(i).getMonthValue(),
            first.plusDays(i).getDayOfMonth())).toList());
        UserRef whose = mediator.get();
        String where = room.get();
        boolean byRoom = by.get() == By.ROOM;
        if (byRoom ? where == null : whose == null) {
            blocks.clear();
            message.set(messages.get(byRoom ? "week.noRoom" : "week.noMediator"));
            return;
        }
        int mine = ++request;
        busy.set(true);
        background.submit(() -> byRoom ? sessions.weekOfRoom(where, first) : sessions.weekOfMediator(whose.id(), first),
            week -> {
                if (mine != request) {
                    return;
                }
                busy.set(false);
                blocks.setAll(week.sessions().stream().map(s -> block(s, week, first)).toList());
                message.set(week.clashing().isEmpty()
                    ? messages.get(week.sessions().isEmpty() ? "week.empty" : "week.count", week.sessions().size())
                    : messages.get("week.clashes", week.sessions().size(), week.clashing().size()));
            }, failure -> {
                busy.set(false);
                message.set(errors.of(failure));
            });
    }

    private Block block(SessionView s, SessionService.Week week, LocalDate first) {
        boolean clash = week.clashing().contains(s.id());
        String mode = messages.get(s.mode().messageKey());
        String text = messages.get("week.block", s.slot().start().toString(), s.slot().end().toString(),
            s.caseNumber(), mode, by.get() == By.ROOM ? names(s) : s.slot().room());
        String tooltip = messages.get("week.tooltip", s.caseNumber(), s.slot().date().toString(),
            s.slot().start().toString(), s.slot().end().toString(), s.slot().room(), mode, names(s),
            messages.get(s.status().messageKey()));
        if (clash) {
            text = messages.get("week.clash") + text;
        }
        return new Block(s.id(), s.caseNumber(), (int) (s.slot().date().toEpochDay() - first.toEpochDay()),
            s.slot().start(), s.slot().end(), text, tooltip, clash, s.status() == SessionStatus.HELD);
    }

    private String names(SessionView s) {
        return s.mediators().stream().map(UserRef::displayName)
            .collect(Collectors.joining(messages.get("list.separator")));
    }

    public String byLabel(By value) {
        return value == null ? "" : messages.get(value == By.MEDIATOR ? "week.by.mediator" : "week.by.room");
    }

    public ObjectProperty<By> byProperty() {
        return by;
    }

    public ObjectProperty<UserRef> mediatorProperty() {
        return mediator;
    }

    public ObjectProperty<String> roomProperty() {
        return room;
    }

    public ObservableList<UserRef> mediators() {
        return mediators;
    }

    public ObservableList<String> rooms() {
        return rooms;
    }

    public ObjectProperty<LocalDate> mondayProperty() {
        return monday;
    }

    public StringProperty rangeProperty() {
        return range;
    }

    public ObservableList<String> dayHeadings() {
        return dayHeadings;
    }

    public ObservableList<Block> blocks() {
        return blocks;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
