// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.mediation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.qiao.domain.QiaoException;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.mediation.ClockEvent;
import org.qiao.domain.mediation.Consent;
import org.qiao.domain.mediation.Extension;
import org.qiao.domain.mediation.MediationClock;
import org.qiao.domain.mediation.Resumption;
import org.qiao.domain.mediation.Suspension;
import org.qiao.i18n.Messages;
import org.qiao.service.CaseDetail;
import org.qiao.service.MediationClockService;
import org.qiao.ui.BackgroundTasks;
import org.qiao.ui.ErrorText;

/**
 * The mediation-period buttons of the case page — extend (with whose consent), suspend (e.g. awaiting a work-injury
 * assessment) and resume — each opening a small form under them. {@link MediationClockService} checks the event
 * against the case's history; a refusal is shown in the form with everything typed kept, and a recorded event
 * reloads the case page so its deadline line shows the new date.
 */
public final class MediationClockViewModel {

    /** Which form is open. */
    public enum Form { NONE, EXTEND, SUSPEND, RESUME }

    private static final Set<CaseStatus> RUNNING = EnumSet.of(CaseStatus.ACCEPTED, CaseStatus.IN_MEDIATION);

    private final ReadOnlyObjectProperty<CaseDetail> detail;
    private final Runnable caseChanged;
    private final MediationClockService clocks;
    private final Messages messages;
    private final BackgroundTasks background;
    private final ErrorText errors;
    private final Clock clock;

    private final BooleanProperty canExtend = new SimpleBooleanProperty(false);
    private final BooleanProperty canSuspend = new SimpleBooleanProperty(false);
    private final BooleanProperty canResume = new SimpleBooleanProperty(false);
    private final BooleanProperty referral = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<Form> form = new SimpleObjectProperty<>(Form.NONE);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final BooleanProperty newPeriod = new SimpleBooleanProperty(false);
    private final StringProperty days = new SimpleStringProperty("");
    private final BooleanProperty consentWorker = new SimpleBooleanProperty(false);
    private final BooleanProperty consentEmployer = new SimpleBooleanProperty(false);
    private final BooleanProperty consentCourt = new SimpleBooleanProperty(false);
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    private final ShownCase shownCase = new ShownCase();

    public MediationClockViewModel(ReadOnlyObjectProperty<CaseDetail> detail, Runnable caseChanged,
                                   MediationClockService clocks, Messages messages, BackgroundTasks background,
                                   ErrorText errors, Clock clock) {
        this.detail = Objects.requireNonNull(detail);
        this.caseChanged = Objects.requireNonNull(caseChanged);
        this.clocks = Objects.requireNonNull(clocks);
        this.messages = Objects.requireNonNull(messages);
        this.background = Objects.requireNonNull(background);
        this.errors = Objects.requireNonNull(errors);
        this.clock = Objects.requireNonNull(clock);
        // Every load of the case page, even of the same unchanged case, sets a new detail: reread the sessions then.
        detail.addListener((InvalidationListener) obs -> caseShown(detail.get()));
        caseShown(detail.get());
    }

    private void caseShown(CaseDetail d) {
        if (shownCase.isNew(d)) {
            form.set(Form.NONE);
            message.set("");
        }
        boolean running = d != null && RUNNING.contains(d.status());
        boolean suspended = running && d.mediationSuspendedSince() != null;
        canExtend.set(running);
        canSuspend.set(running && !suspended);
        canResume.set(suspended);
        referral.set(d != null && d.source().isCourtReferral());
    }

    /** Opens one of the forms, today's date filled in and nothing else. */
    public void open(Form which) {
        boolean allowed = switch (which) {
            case EXTEND -> canExtend.get();
            case SUSPEND -> canSuspend.get();
            case RESUME -> canResume.get();
            case NONE -> true;
        };
        if (!allowed || busy.get()) {
            return;
        }
        date.set(LocalDate.now(clock));
        newPeriod.set(false);
        days.set("");
        consentWorker.set(false);
        consentEmployer.set(false);
        consentCourt.set(false);
        reason.set("");
        problem.set("");
        form.set(which);
    }

    /** Records the open form's event; refused, the form stays open as typed with the reason in it. */
    public void save() {
        CaseDetail d = detail.get();
        Form which = form.get();
        if (d == null || busy.get() || which == Form.NONE) {
            return;
        }
        ClockEvent event;
        try {
            event = event(which);
        } catch (QiaoException e) {
            problem.set(errors.of(e));
            return;
        }
        busy.set(true);
        background.submit(() -> switch (which) {
            case EXTEND -> clocks.extend(d.id(), d.version(), (Extension) event);
            case SUSPEND -> clocks.suspend(d.id(), d.version(), (Suspension) event);
            default -> clocks.resume(d.id(), d.version(), (Resumption) event);
        }, after -> {
            busy.set(false);
            form.set(Form.NONE);
            message.set(done(after));
            caseChanged.run();
        }, failure -> {
            busy.set(false);
            problem.set(errors.of(failure));
        });
    }

    private ClockEvent event(Form which) {
        if (date.get() == null) {
            throw new QiaoException("clock.date.missing");
        }
        return switch (which) {
            case EXTEND -> new Extension(date.get(), newPeriod.get() ? Extension.Kind.NEW_PERIOD
                : Extension.Kind.ADDED_DAYS, days(), consent(), reason.get());
            case SUSPEND -> new Suspension(date.get(), reason.get());
            default -> new Resumption(date.get());
        };
    }

    private int days() {
        String text = days.get() == null ? "" : days.get().strip();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new QiaoException("clock.days.invalid", text);
        }
    }

    private Set<Consent> consent() {
        Set<Consent> given = EnumSet.noneOf(Consent.class);
        if (consentWorker.get()) {
            given.add(Consent.WORKER);
        }
        if (consentEmployer.get()) {
            given.add(Consent.EMPLOYER);
        }
        if (consentCourt.get()) {
            given.add(Consent.REFERRING_COURT);
        }
        return given;
    }

    private String done(MediationClock after) {
        if (after.suspendedSince().isPresent()) {
            return messages.get("clock.suspended", after.suspendedSince().get().toString());
        }
        return after.due().map(due -> messages.get("clock.due", due.due().toString()))
            .orElse(messages.get("clock.recorded"));
    }

    /** Closes the open form without recording anything. */
    public void close() {
        form.set(Form.NONE);
        problem.set("");
    }

    /** The form's heading. */
    public String title(Form which) {
        return switch (which) {
            case EXTEND -> messages.get("clock.extend");
            case SUSPEND -> messages.get("clock.suspend");
            case RESUME -> messages.get("clock.resume");
            case NONE -> "";
        };
    }

    public BooleanProperty canExtendProperty() {
        return canExtend;
    }

    public BooleanProperty canSuspendProperty() {
        return canSuspend;
    }

    public BooleanProperty canResumeProperty() {
        return canResume;
    }

    /** Whether the case came from a court, so the court's consent can be recorded. */
    public BooleanProperty referralProperty() {
        return referral;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<Form> formProperty() {
        return form;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public BooleanProperty newPeriodProperty() {
        return newPeriod;
    }

    public StringProperty daysProperty() {
        return days;
    }

    public BooleanProperty consentWorkerProperty() {
        return consentWorker;
    }

    public BooleanProperty consentEmployerProperty() {
        return consentEmployer;
    }

    public BooleanProperty consentCourtProperty() {
        return consentCourt;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
