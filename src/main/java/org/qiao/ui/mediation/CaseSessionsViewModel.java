// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.mediation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.qiao.domain.QiaoException;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.mediation.Attendee;
import org.qiao.domain.mediation.AttendeeRole;
import org.qiao.domain.mediation.SessionMode;
import org.qiao.domain.mediation.SessionOutcome;
import org.qiao.domain.mediation.SessionSlot;
import org.qiao.domain.mediation.SessionStatus;
import org.qiao.domain.user.UserRef;
import org.qiao.i18n.Messages;
import org.qiao.service.AuthService;
import org.qiao.service.CaseDetail;
import org.qiao.service.SessionService;
import org.qiao.service.SessionService.SessionView;
import org.qiao.ui.BackgroundTasks;
import org.qiao.ui.DialogService;
import org.qiao.ui.ErrorText;

/**
 * The 调解会议 section of the case page: the case's sessions, and one form at a time below them — scheduling (or
 * moving) a session, which lists the clashes of what is typed as it is typed and refuses to save into one, or the
 * record of a held session, whose caucus notes have their own field apart from the joint minutes. A refused save
 * keeps everything typed and says why in the form.
 */
public final class CaseSessionsViewModel {

    /** Which form is open under the list. */
    public enum Form { NONE, SCHEDULE, RECORD }

    /** A session as the list shows it; {@code caucus} is empty without notes or when the user may not read them. */
    public record SessionLine(SessionView session, String when, String details, String record, String caucus,
                              boolean canRecord, boolean canChange) {
    }

    /** Something to tick in a form: a mediator to book, a worker who attended. */
    public static final class Choice<T> {
        private final T value;
        private final String label;
        private final BooleanProperty selected = new SimpleBooleanProperty(false);

        Choice(T value, String label) {
            this.value = value;
            this.label = label;
        }

        public T value() {
            return value;
        }

        public String label() {
            return label;
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }
    }

    private record FormChoices(List<UserRef> mediators, List<String> rooms) {
    }

    /** The weekday names, Monday first; written out so the bundle test sees them. */
    static final List<String> WEEKDAYS = List.of("session.weekday.1", "session.weekday.2", "session.weekday.3",
        "session.weekday.4", "session.weekday.5", "session.weekday.6", "session.weekday.7");

    /** Times are shown as 09:30 and read as 9:30, 09:30 or 09：30. */
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TYPED_TIME = DateTimeFormatter.ofPattern("H:mm");
    private static final String NAME_SEPARATORS = "[,，、;；\\n]";

    private final ReadOnlyObjectProperty<CaseDetail> detail;
    private final Runnable caseChanged;
    private final SessionService sessions;
    private final AuthService auth;
    private final Messages messages;
    private final BackgroundTasks background;
    private final ErrorText errors;
    private final DialogService dialogs;
    private final Clock clock;

    private final ObservableList<SessionLine> lines = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty canSchedule = new SimpleBooleanProperty(false);
    private final ObjectProperty<Form> form = new SimpleObjectProperty<>(Form.NONE);
    private final StringProperty formTitle = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty end = new SimpleStringProperty("");
    private final StringProperty room = new SimpleStringProperty("");
    private final ObjectProperty<SessionMode> mode = new SimpleObjectProperty<>(SessionMode.FACE_TO_FACE);
    private final StringProperty invited = new SimpleStringProperty("");
    private final ObservableList<Choice<UserRef>> mediators = FXCollections.observableArrayList();
    private final ObservableList<String> rooms = FXCollections.observableArrayList();
    private final ObservableList<String> clashes = FXCollections.observableArrayList();

    private final ObservableList<Choice<String>> workers = FXCollections.observableArrayList();
    private final StringProperty employerRepresentative = new SimpleStringProperty("");
    private final BooleanProperty maySettle = new SimpleBooleanProperty(false);
    private final StringProperty lawyers = new SimpleStringProperty("");
    private final StringProperty courtLiaison = new SimpleStringProperty("");
    private final StringProperty others = new SimpleStringProperty("");
    private final StringProperty minutes = new SimpleStringProperty("");
    private final StringProperty caucus = new SimpleStringProperty("");
    private final ObjectProperty<SessionOutcome> outcome = new SimpleObjectProperty<>();
    private final StringProperty outcomeNote = new SimpleStringProperty("");

    /** The session the open form moves or records; {@code null} when scheduling a new one. */
    private SessionView editing;
    private final ShownCase shownCase = new ShownCase();
    /** Numbers the clash checks, so an answer to an older check does not overwrite a newer one. */
    private int clashCheck;

    public CaseSessionsViewModel(ReadOnlyObjectProperty<CaseDetail> detail, Runnable caseChanged,
                                 SessionService sessions, AuthService auth, Messages messages,
                                 BackgroundTasks background, ErrorText errors, DialogService dialogs, Clock clock) {
        this.detail = Objects.requireNonNull(detail);
        this.caseChanged = Objects.requireNonNull(caseChanged);
        this.sessions = Objects.requireNonNull(sessions);
        this.auth = Objects.requireNonNull(auth);
        this.messages = Objects.requireNonNull(messages);
        this.background = Objects.requireNonNull(background);
        this.errors = Objects.requireNonNull(errors);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.clock = Objects.requireNonNull(clock);
        // Every load of the case page, even of the same unchanged case, sets a new detail: reread the sessions then.
        detail.addListener((InvalidationListener) obs -> caseShown(detail.get()));
        for (Observable field : List.of(date, start, end, room)) {
            field.addListener(changed -> checkClashes());
        }
        caseShown(detail.get());
    }

    private void caseShown(CaseDetail d) {
        if (shownCase.isNew(d)) {
            form.set(Form.NONE);
            message.set("");
            lines.clear();
        }
        canSchedule.set(d != null && (d.status() == CaseStatus.ACCEPTED || d.status() == CaseStatus.IN_MEDIATION));
        if (d != null) {
            load(d.id());
        }
    }

    private void load(long caseId) {
        busy.set(true);
        background.submit(() -> sessions.ofCase(caseId), found -> {
            busy.set(false);
            if (shownCase.is(caseId)) {
                lines.setAll(found.stream().map(this::line).toList());
            }
        }, failure -> {
            busy.set(false);
            message.set(errors.of(failure));
        });
    }

    private SessionLine line(SessionView s) {
        SessionSlot slot = s.slot();
        String when = messages.get("session.line.when", slot.date().toString(), weekday(slot.date()),
            slot.start().toString(), slot.end().toString(), slot.room(), messages.get(s.mode().messageKey()),
            messages.get(s.status().messageKey()));
        String people = s.mediators().stream().map(UserRef::displayName)
            .collect(Collectors.joining(messages.get("list.separator")));
        String details = messages.get("session.line.mediators", people)
            + (s.invited() == null ? "" : messages.get("session.line.invited", s.invited()));
        StringBuilder record = new StringBuilder();
        if (s.status() == SessionStatus.CANCELLED) {
            record.append(messages.get("session.line.cancelled", s.cancelReason()));
        }
        if (s.status() == SessionStatus.HELD) {
            String attended = s.attendees().stream().map(this::attendee)
                .collect(Collectors.joining(messages.get("list.separator")));
            record.append(messages.get("session.line.attended", attended.isEmpty() ? "—" : attended));
            record.append('\n').append(messages.get("session.line.minutes", Objects.toString(s.minutes(), "—")));
            record.append('\n').append(messages.get("session.line.outcome", messages.get(s.outcome().messageKey()),
                s.outcomeNote() == null ? "" : s.outcomeNote()));
        }
        String caucusText = s.caucusNotes() == null ? "" : messages.get("session.line.caucus", s.caucusNotes());
        return new SessionLine(s, when, details, record.toString(), caucusText,
            s.status() != SessionStatus.CANCELLED, s.status() == SessionStatus.SCHEDULED);
    }

    private String attendee(Attendee a) {
        String text = messages.get("session.line.attendee", messages.get(a.role().messageKey()), a.name());
        return a.maySettle() ? text + messages.get("session.line.maySettle") : text;
    }

    private String weekday(LocalDate day) {
        return messages.get(WEEKDAYS.get(day.getDayOfWeek().getValue() - 1));
    }

    // ---- scheduling ----

    /**
     * Opens the form for a new session: the next weekday, 09:00 to 10:00, the signed-in mediator ticked, the room
     * left to choose.
     */
    public void openSchedule() {
        if (!canSchedule.get() || busy.get()) {
            return;
        }
        editing = null;
        LocalDate next = LocalDate.now(clock).plusDays(1);
        while (next.getDayOfWeek().getValue() > 5) {
            next = next.plusDays(1);
        }
        fillSchedule(next, LocalTime.of(9, 0), LocalTime.of(10, 0), "",
            SessionMode.FACE_TO_FACE, "", Set.of());
        formTitle.set(messages.get("session.schedule.title"));
    }

    /** Opens the form to move a scheduled session, filled in as it is. */
    public void openReschedule(SessionLine line) {
        if (line == null || !line.canChange() || busy.get()) {
            return;
        }
        editing = line.session();
        SessionSlot slot = editing.slot();
        fillSchedule(slot.date(), slot.start(), slot.end(), slot.room(), editing.mode(),
            Objects.toString(editing.invited(), ""), slot.mediatorIds());
        formTitle.set(messages.get("session.reschedule.title", line.when()));
    }

    private void fillSchedule(LocalDate day, LocalTime from, LocalTime to, String where, SessionMode how,
                              String whom, Set<Long> booked) {
        problem.set("");
        clashes.clear();
        date.set(day);
        start.set(from.format(SHOWN_TIME));
        end.set(to.format(SHOWN_TIME));
        room.set(where);
        mode.set(how);
        invited.set(whom);
        form.set(Form.SCHEDULE);
        busy.set(true);
        String myself = auth.session().actorName();
        background.submit(() -> new FormChoices(auth.mediators(), sessions.rooms()), loaded -> {
            busy.set(false);
            mediators.setAll(loaded.mediators().stream().map(p -> {
                Choice<UserRef> choice = new Choice<>(p, p.displayName());
                choice.selectedProperty().set(booked.isEmpty() ? p.username().equals(myself) : booked.contains(p.id()));
                choice.selectedProperty().addListener(changed -> checkClashes());
                return choice;
            }).toList());
            rooms.setAll(loaded.rooms());
            checkClashes();
        }, failure -> {
            busy.set(false);
            problem.set(errors.of(failure));
        });
    }

    /** The slot typed in the form; {@code QiaoException} naming what is wrong. */
    SessionSlot slot() {
        return new SessionSlot(date.get(), time(start.get()), time(end.get()), room.get(),
            mediators.stream().filter(c -> c.selectedProperty().get()).map(c -> c.value().id())
                .collect(Collectors.toSet()));
    }

    private static LocalTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip().replace('：', ':'), TYPED_TIME);
        } catch (DateTimeParseException e) {
            throw new QiaoException("session.time.format", text.strip());
        }
    }

    /** Asks which sessions the slot typed so far would clash with; an incomplete slot has none yet. */
    void checkClashes() {
        if (form.get() != Form.SCHEDULE) {
            return;
        }
        SessionSlot slot;
        try {
            slot = slot();
        } catch (QiaoException e) {
            clashes.clear();
            return;
        }
        int check = ++clashCheck;
        Long excluding = editing == null ? null : editing.id();
        background.submit(() -> sessions.clashes(slot, excluding), found -> {
            if (check == clashCheck) {
                clashes.setAll(found.stream().map(c -> errors.of(c.refusal())).toList());
            }
        }, failure -> problem.set(errors.of(failure)));
    }

    /** Saves the schedule form, unless it is incomplete or clashes; the form stays as typed when refused. */
    public void saveSchedule() {
        CaseDetail d = detail.get();
        if (d == null || busy.get() || form.get() != Form.SCHEDULE) {
            return;
        }
        SessionService.SessionPlan plan;
        try {
            plan = new SessionService.SessionPlan(slot(), mode.get(), invited.get());
        } catch (QiaoException e) {
            problem.set(errors.of(e));
            return;
        }
        if (!clashes.isEmpty()) {
            problem.set(clashes.get(0));
            return;
        }
        busy.set(true);
        SessionView moving = editing;
        background.submit(() -> moving == null ? sessions.schedule(d.id(), d.version(), plan)
            : sessions.reschedule(moving.id(), moving.version(), plan), saved -> {
                busy.set(false);
                form.set(Form.NONE);
                message.set(messages.get(moving == null ? "session.scheduled" : "session.rescheduled",
                    saved.slot().date().toString(), saved.slot().start().toString()));
                caseChanged.run();
            }, failure -> {
                busy.set(false);
                problem.set(errors.of(failure));
                checkClashes();
            });
    }

    // ---- cancelling ----

    /** Cancels a scheduled session after asking why; cancelling the question cancels nothing. */
    public void cancelSession(SessionLine line) {
        if (line == null || !line.canChange() || busy.get()) {
            return;
        }
        Optional<String> reason = dialogs.askText(messages.get("session.cancel.title"),
            messages.get("session.cancel.prompt", line.when()));
        if (reason.isEmpty()) {
            return;
        }
        if (reason.get().isBlank()) {
            message.set(errors.of(new QiaoException("session.cancel.reason")));
            return;
        }
        busy.set(true);
        SessionView s = line.session();
        background.submit(() -> sessions.cancel(s.id(), s.version(), reason.get()), done -> {
            busy.set(false);
            message.set(messages.get("session.cancelledOn", done.slot().date().toString(),
                done.slot().start().toString()));
            load(s.caseId());
        }, failure -> {
            busy.set(false);
            message.set(errors.of(failure));
        });
    }

    // ---- recording ----

    /** Opens the record form of a session: the case's workers to tick, and what an earlier record said. */
    public void openRecord(SessionLine line) {
        CaseDetail d = detail.get();
        if (d == null || line == null || !line.canRecord() || busy.get()) {
            return;
        }
        editing = line.session();
        List<Attendee> before = editing.attendees();
        workers.setAll(d.workers().stream().map(w -> {
            Choice<String> choice = new Choice<>(w.name(), w.name());
            choice.selectedProperty().set(before.stream()
                .anyMatch(a -> a.role() == AttendeeRole.WORKER && a.name().equals(w.name())));
            return choice;
        }).toList());
        Optional<Attendee> representative = before.stream()
            .filter(a -> a.role() == AttendeeRole.EMPLOYER_REPRESENTATIVE).findFirst();
        employerRepresentative.set(representative.map(Attendee::name).orElse(""));
        maySettle.set(representative.map(Attendee::maySettle).orElse(false));
        lawyers.set(names(before, AttendeeRole.LAWYER));
        courtLiaison.set(names(before, AttendeeRole.COURT_LIAISON));
        others.set(names(before, AttendeeRole.OTHER));
        minutes.set(Objects.toString(editing.minutes(), ""));
        caucus.set(Objects.toString(editing.caucusNotes(), ""));
        outcome.set(editing.outcome());
        outcomeNote.set(Objects.toString(editing.outcomeNote(), ""));
        problem.set("");
        formTitle.set(messages.get("session.record.title", line.when()));
        form.set(Form.RECORD);
    }

    private String names(List<Attendee> attendees, AttendeeRole role) {
        return attendees.stream().filter(a -> a.role() == role).map(Attendee::name)
            .collect(Collectors.joining("、"));
    }

    /** Saves the record form; refused, it stays as typed. */
    public void saveRecord() {
        if (busy.get() || form.get() != Form.RECORD || editing == null) {
            return;
        }
        SessionService.SessionRecord record;
        try {
            List<Attendee> attended = new ArrayList<>();
            workers.stream().filter(w -> w.selectedProperty().get())
                .forEach(w -> attended.add(new Attendee(AttendeeRole.WORKER, w.value(), false)));
            if (!employerRepresentative.get().isBlank()) {
                attended.add(new Attendee(AttendeeRole.EMPLOYER_REPRESENTATIVE, employerRepresentative.get(),
                    maySettle.get()));
            }
            addNames(attended, AttendeeRole.LAWYER, lawyers.get());
            addNames(attended, AttendeeRole.COURT_LIAISON, courtLiaison.get());
            addNames(attended, AttendeeRole.OTHER, others.get());
            if (outcome.get() == null) {
                throw new QiaoException("session.outcome.missing");
            }
            record = new SessionService.SessionRecord(attended, minutes.get(), caucus.get(), outcome.get(),
                outcomeNote.get());
        } catch (QiaoException e) {
            problem.set(errors.of(e));
            return;
        }
        busy.set(true);
        SessionView s = editing;
        background.submit(() -> sessions.record(s.id(), s.version(), record), done -> {
            busy.set(false);
            form.set(Form.NONE);
            message.set(messages.get("session.recorded", done.slot().date().toString(),
                messages.get(done.outcome().messageKey())));
            load(s.caseId());
        }, failure -> {
            busy.set(false);
            problem.set(errors.of(failure));
        });
    }

    private static void addNames(List<Attendee> attended, AttendeeRole role, String text) {
        Arrays.stream(Objects.toString(text, "").split(NAME_SEPARATORS)).map(String::strip)
            .filter(name -> !name.isEmpty()).forEach(name -> attended.add(new Attendee(role, name, false)));
    }

    /** Closes the open form without saving. */
    public void closeForm() {
        form.set(Form.NONE);
        problem.set("");
    }

    // ---- texts ----

    public String modeLabel(SessionMode value) {
        return value == null ? "" : messages.get(value.messageKey());
    }

    public String outcomeLabel(SessionOutcome value) {
        return value == null ? "" : messages.get(value.messageKey());
    }

    public String noSessionsText() {
        return messages.get("session.none");
    }

    public String recordLabel() {
        return messages.get("session.record");
    }

    public String rescheduleLabel() {
        return messages.get("session.reschedule");
    }

    public String cancelLabel() {
        return messages.get("session.cancel");
    }

    // ---- properties ----

    public ObservableList<SessionLine> lines() {
        return lines;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty canScheduleProperty() {
        return canSchedule;
    }

    public ObjectProperty<Form> formProperty() {
        return form;
    }

    public StringProperty formTitleProperty() {
        return formTitle;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }

    public StringProperty roomProperty() {
        return room;
    }

    public ObjectProperty<SessionMode> modeProperty() {
        return mode;
    }

    public StringProperty invitedProperty() {
        return invited;
    }

    public ObservableList<Choice<UserRef>> mediators() {
        return mediators;
    }

    public ObservableList<String> rooms() {
        return rooms;
    }

    public ObservableList<String> clashes() {
        return clashes;
    }

    public ObservableList<Choice<String>> workers() {
        return workers;
    }

    public StringProperty employerRepresentativeProperty() {
        return employerRepresentative;
    }

    public BooleanProperty maySettleProperty() {
        return maySettle;
    }

    public StringProperty lawyersProperty() {
        return lawyers;
    }

    public StringProperty courtLiaisonProperty() {
        return courtLiaison;
    }

    public StringProperty othersProperty() {
        return others;
    }

    public StringProperty minutesProperty() {
        return minutes;
    }

    public StringProperty caucusProperty() {
        return caucus;
    }

    public ObjectProperty<SessionOutcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty outcomeNoteProperty() {
        return outcomeNote;
    }
}
