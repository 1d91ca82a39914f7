// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.event.EventHandler;
import javafx.geometry.Dimension2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import atlantafx.base.theme.PrimerLight;

import org.qiao.domain.court.ReferralType;
import org.qiao.domain.user.Role;
import org.qiao.domain.user.User;
import org.qiao.i18n.Messages;
import org.qiao.service.Services;
import org.qiao.ui.agreement.AgreementSection;
import org.qiao.ui.agreement.AgreementSectionViewModel;
import org.qiao.ui.dashboard.DashboardView;
import org.qiao.ui.dashboard.DashboardViewModel;
import org.qiao.ui.intake.IntakeView;
import org.qiao.ui.intake.IntakeViewModel;
import org.qiao.ui.handback.HandBackSection;
import org.qiao.ui.handback.HandBackSectionViewModel;
import org.qiao.ui.handoff.HandoffExportControl;
import org.qiao.ui.handoff.HandoffExportViewModel;
import org.qiao.ui.handoff.HandoffImportControl;
import org.qiao.ui.handoff.HandoffImportViewModel;
import org.qiao.ui.ledger.CaseView;
import org.qiao.ui.ledger.CaseViewModel;
import org.qiao.ui.court.ReferralBoardView;
import org.qiao.ui.court.ReferralBoardViewModel;
import org.qiao.ui.payment.OverdueInstalmentsView;
import org.qiao.ui.payment.OverdueInstalmentsViewModel;
import org.qiao.ui.payment.PaymentSectionView;
import org.qiao.ui.payment.PaymentSectionViewModel;
import org.qiao.ui.ledger.LedgerView;
import org.qiao.ui.ledger.LedgerViewModel;
import org.qiao.ui.login.LoginView;
import org.qiao.ui.login.LoginViewModel;
import org.qiao.ui.main.MainView;
import org.qiao.ui.main.MainViewModel;
import org.qiao.ui.main.Section;
import org.qiao.ui.mediation.CaseSessionsView;
import org.qiao.ui.mediation.CaseSessionsViewModel;
import org.qiao.ui.mediation.MediationClockView;
import org.qiao.ui.mediation.MediationClockViewModel;
import org.qiao.ui.mediation.WeekView;
import org.qiao.ui.mediation.WeekViewModel;
import org.qiao.ui.placeholder.NotBuiltView;
import org.qiao.ui.placeholder.NotBuiltViewModel;
import org.qiao.ui.settings.CourtList;
import org.qiao.ui.settings.ExchangeKeys;
import org.qiao.ui.settings.SettingsView;
import org.qiao.ui.settings.SettingsViewModel;
import org.qiao.ui.settings.StudioNumbering;

/**
 * The desktop face's composition: builds every screen's controller with its dependencies (the controller factory
 * handed to FXML), and moves the one window between sign-in and the main screens. The window appears before the
 * database is open; opening runs in the background.
 */
public final class DesktopApp {

    private final Messages messages;
    private final Callable<Services> openServices;
    private final Consumer<Locale> saveLocale;
    private final BackgroundTasks background;
    private final ErrorText errors;

    private Stage stage;
    private DialogService dialogs;
    private ViewLoader loader;
    private LoginViewModel loginViewModel;
    private Parent loginRoot;
    private Services services;
    private MainViewModel mainViewModel;
    private Section pendingSection;
    /** The case page of the ledger being loaded: the ledger's FXML includes the case page's. */
    private CaseViewModel pendingCasePage;
    private DocumentPrinter printer = new SystemDocumentPrinter();
    /** Where printed documents are written before they are opened or printed. */
    private Path documentsDir = Path.of(System.getProperty("java.io.tmpdir"),
        "qiao-documents-" + System.getProperty("user.name", "user"));
    /** The case page's 履行与回款 section, included by the case page's FXML. */
    private PaymentSectionViewModel pendingPayments;
    /** The intake form last shown, for presetting it to a court referral. */
    private IntakeViewModel pendingIntake;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);

    private String loginNotice = "";

    public DesktopApp(Messages messages, Callable<Services> openServices, Consumer<Locale> saveLocale,
                      BackgroundTasks background) {
        this.messages = Objects.requireNonNull(messages);
        this.openServices = Objects.requireNonNull(openServices);
        this.saveLocale = Objects.requireNonNull(saveLocale);
        this.background = Objects.requireNonNull(background);
        this.errors = new ErrorText(messages);
    }

    /** Replaces the system viewer and printer (tests) and the folder documents are written to; call before start. */
    public void setDocumentOutput(DocumentPrinter documentPrinter, Path folder) {
        this.printer = Objects.requireNonNull(documentPrinter);
        this.documentsDir = Objects.requireNonNull(folder);
    }

    /** Answers the window's dialogs with {@code dialogService} instead of real dialogs (tests); call before start. */
    public void setDialogs(DialogService dialogService) {
        this.dialogs = Objects.requireNonNull(dialogService);
    }

    /** A notice shown on the sign-in card (the demo accounts, for the demo database); call before start. */
    public void setLoginNotice(String notice) {
        this.loginNotice = Objects.requireNonNull(notice);
    }

    /** Sets the application theme (AtlantaFX Primer Light); call on the JavaFX thread before showing a window. */
    public static void applyTheme() {
        // The precompiled binary stylesheet loads several times faster than parsing the 170 KB CSS.
        PrimerLight theme = new PrimerLight();
        String binary = theme.getUserAgentStylesheetBSS();
        Application.setUserAgentStylesheet(binary != null ? binary : theme.getUserAgentStylesheet());
    }

    /** Shows the sign-in screen on {@code primary}, loading the font on the calling thread. */
    public void start(Stage primary, Path fontCache) {
        start(primary, CompletableFuture.completedFuture(BundledFont.load(fontCache)));
    }

    /**
     * Shows the sign-in screen on {@code primary} and, once it is on screen, starts opening the database.
     * {@code fontFamily} may still be loading on another thread: the theme and the screen are prepared meanwhile.
     */
    public void start(Stage primary, CompletableFuture<String> fontFamily) {
        this.stage = Objects.requireNonNull(primary);
        if (dialogs == null) {
            this.dialogs = new FxDialogService(() -> stage, messages);
        }
        this.loader = new ViewLoader(messages, this::controller);
        if (Application.getUserAgentStylesheet() == null) {
            applyTheme();
        }
        loginViewModel = new LoginViewModel(openServices, background, errors, this::signedIn);
        loginViewModel.noticeProperty().set(loginNotice);
        loginRoot = loader.load(LoginView.class).root();
        Scene scene = new Scene(loginRoot, WindowSize.SIGN_IN.getWidth(), WindowSize.SIGN_IN.getHeight());
        scene.getStylesheets().add(Objects.requireNonNull(
            DesktopApp.class.getResource("/org/qiao/ui/qiao.css")).toExternalForm());
        String family = fontFamily.join();
        if (family != null) {
            // The whole UI uses the bundled face: characters outside the BMP render only from the node's own font.
            String css = ".root { -fx-font-family: \"" + family + "\"; }";
            scene.getStylesheets().add("data:text/css;base64,"
                + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)));
        }
        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        // The database opens once the window is on screen, so start-up work does not delay the first frame.
        if (stage.isShowing()) {
            Platform.runLater(loginViewModel::start);
        } else {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
                @Override
                public void handle(WindowEvent event) {
                    stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                    Platform.runLater(loginViewModel::start);
                }
            });
            stage.show();
        }
        loginViewModel.modeProperty().addListener((obs, old, mode) -> {
            if (mode != LoginViewModel.Mode.OPENING) {
                ready.set(true);
            }
        });
    }

    /** Becomes true once the database is open and the sign-in (or setup) form can be used. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    private void signedIn(Services opened) {
        this.services = opened;
        User user = opened.auth().session().user().orElseThrow();
        mainViewModel = new MainViewModel(user, opened.databaseDescription(), messages, this::signOut);
        pendingSection = null;
        stage.getScene().setRoot(loader.load(MainView.class).root());
        growToWorkingSize();
    }

    /** After sign-in the window takes the working size, unless the user already made it larger or maximised it. */
    private void growToWorkingSize() {
        Dimension2D working = WindowSize.working();
        Scene scene = stage.getScene();
        if (stage.isMaximized() || stage.isFullScreen()
            || scene.getWidth() >= working.getWidth() && scene.getHeight() >= working.getHeight()) {
            return;
        }
        // The stage's size includes the window frame; the working size is the scene's.
        double frameWidth = Math.max(0, stage.getWidth() - scene.getWidth());
        double frameHeight = Math.max(0, stage.getHeight() - scene.getHeight());
        stage.setWidth(Math.max(scene.getWidth(), working.getWidth()) + frameWidth);
        stage.setHeight(Math.max(scene.getHeight(), working.getHeight()) + frameHeight);
        stage.centerOnScreen();
    }

    private void signOut() {
        services.auth().logout();
        mainViewModel = null;
        loginViewModel.signedOut();
        stage.getScene().setRoot(loginRoot);
    }

    /**
     * The referral board's 登记转介: the intake, with the case's source set to a court referral (委派, the commonest;
     * the mediator changes it to 委托 or 特邀 there).
     */
    /** Shows the case page of {@code number} inside the ledger, as if the mediator had opened it there. */
    private void openCase(String number) {
        mainViewModel.show(Section.CASES);
        Objects.requireNonNull(pendingCasePage, "the ledger opens with its case page").open(number);
    }

    /**
     * Shows the intake form ready for a court referral of {@code type}, as the referral board's 登记转介 does: what is
     * being typed there is kept, the source becomes the referral's.
     */
    private void openReferralIntake(ReferralType type) {
        mainViewModel.show(Section.INTAKE);
        Objects.requireNonNull(pendingIntake, "the intake screen was just shown").startReferral(type);
    }

    private Parent screen(Section section) {
        pendingSection = section;
        return switch (section) {
            case DASHBOARD -> loader.load(DashboardView.class).root();
            case SETTINGS -> loader.load(SettingsView.class).root();
            case INTAKE -> loader.load(IntakeView.class).root();
            case CASES -> loader.load(LedgerView.class).root();
            case MEDIATION -> loader.load(WeekView.class).root();
            case COURT -> loader.load(ReferralBoardView.class).root();
            default -> loader.load(NotBuiltView.class).root();
        };
    }

    /** The controller factory: every screen's controller with its constructor dependencies. */
    private Object controller(Class<?> type) {
        if (type == LoginView.class) {
            return new LoginView(loginViewModel);
        }
        if (type == MainView.class) {
            return new MainView(mainViewModel, messages, this::screen);
        }
        if (type == DashboardView.class) {
            boolean mediator = services.auth().session().hasRole(Role.MEDIATOR);
            return new DashboardView(new DashboardViewModel(services.overview(), services.ledger(), mediator,
                this::openCase, background, errors, messages), messages);
        }
        if (type == SettingsView.class) {
            return new SettingsView(new SettingsViewModel(services.auth(), services.calendar(),
                services.databaseDescription(), messages, saveLocale, background, errors, dialogs),
                new StudioNumbering(services.studios(), services.intake().regions(), messages, background, errors,
                    Clock.systemDefaultZone()),
                new CourtList(services.courts(), messages, background, errors),
                new ExchangeKeys(services.handoffs(), messages, background, errors, dialogs));
        }
        if (type == IntakeView.class) {
            String owner = services.auth().session().user().orElseThrow().getUsername();
            pendingIntake = new IntakeViewModel(services.intake(), services.caseStatus(), services.drafts(),
                services.evidence(), services.courts(), services.referrals(), owner, messages, background, errors,
                dialogs);
            pendingIntake.setOnOpenCase(this::openCase);
            return new IntakeView(pendingIntake, messages);
        }
        if (type == LedgerView.class) {
            User user = services.auth().session().user().orElseThrow();
            pendingCasePage = new CaseViewModel(services.ledger(), services.caseStatus(), services.evidence(),
                services.auth(), services.intake().regions(), messages, background, errors, dialogs,
                Clock.systemDefaultZone());
            pendingPayments = new PaymentSectionViewModel(services.payments(), messages, background, errors, dialogs,
                new DocumentOutput(printer, documentsDir), Clock.systemDefaultZone());
            pendingCasePage.detailProperty().addListener((obs, old, detail) -> pendingPayments.show(detail));
            pendingPayments.setOnCaseChanged(pendingCasePage::reload);
            return new LedgerView(new LedgerViewModel(services.ledger(), services.drafts(), services.auth(),
                services.intake().regions(), user.getUsername(), user.getId(), messages, background, errors, dialogs),
                pendingCasePage, messages);
        }
        if (type == CaseView.class) {
            Objects.requireNonNull(pendingCasePage, "the case page opens inside the ledger");
            AgreementSectionViewModel agreements = new AgreementSectionViewModel(services.agreements(),
                pendingCasePage.detailProperty(), pendingCasePage::reload, messages, background, errors, dialogs,
                new DocumentOutput(printer, documentsDir), Clock.systemDefaultZone());
            HandBackSectionViewModel handBack = new HandBackSectionViewModel(services.handBacks(),
                pendingCasePage.detailProperty(), pendingCasePage::reload, messages, background, errors,
                new DocumentOutput(printer, documentsDir), Clock.systemDefaultZone());
            HandBackSection handBackSection = new HandBackSection(handBack, messages);
            // The hand-back's exchange package, exported from the 诉调对接 section.
            HandoffExportViewModel export = new HandoffExportViewModel(services.handoffs(), dialogs, background,
                messages);
            pendingCasePage.detailProperty().addListener((obs, old, detail) -> export.setCase(
                detail == null || !detail.source().isCourtReferral() ? null : detail.id(),
                detail == null ? null : detail.caseNumber()));
            handBackSection.packageBox().getChildren().add(new HandoffExportControl(export, messages));
            return new CaseView(pendingCasePage, new AgreementSection(agreements, messages).root(),
                handBackSection.root());
        }
        if (type == WeekView.class) {
            return new WeekView(new WeekViewModel(services.sessions(), services.auth(), this::openCase, messages,
                background, errors, Clock.systemDefaultZone()));
        }
        if (type == MediationClockView.class) {
            CaseViewModel casePage = Objects.requireNonNull(pendingCasePage, "the clock is part of the case page");
            return new MediationClockView(new MediationClockViewModel(casePage.detailProperty(), casePage::reload,
                services.mediationClock(), messages, background, errors, Clock.systemDefaultZone()));
        }
        if (type == CaseSessionsView.class) {
            CaseViewModel casePage = Objects.requireNonNull(pendingCasePage, "sessions are part of the case page");
            return new CaseSessionsView(new CaseSessionsViewModel(casePage.detailProperty(), casePage::reload,
                services.sessions(), services.auth(), messages, background, errors, dialogs,
                Clock.systemDefaultZone()));
        }
        if (type == OverdueInstalmentsView.class) {
            return new OverdueInstalmentsView(new OverdueInstalmentsViewModel(services.payments(),
                services.auth().session().hasRole(Role.MEDIATOR), this::openCase, background, errors, messages),
                messages);
        }
        if (type == PaymentSectionView.class) {
            return new PaymentSectionView(Objects.requireNonNull(pendingPayments, "a section of the case page"),
                messages);
        }
        if (type == ReferralBoardView.class) {
            ReferralBoardViewModel board = new ReferralBoardViewModel(services.referralBoard(), services.courts(),
                this::openCase, () -> openReferralIntake(ReferralType.DELEGATED),
                new DocumentOutput(printer, documentsDir), background, errors, messages, Clock.systemDefaultZone());
            ReferralBoardView view = new ReferralBoardView(board, messages);
            // A court's referral package lands on the board without retyping.
            view.placeImport(new HandoffImportControl(new HandoffImportViewModel(
                services.handoffs(), dialogs, background, messages, imported -> board.refresh()), messages));
            return view;
        }
        if (type == NotBuiltView.class) {
            return new NotBuiltView(new NotBuiltViewModel(pendingSection, messages));
        }
        throw new IllegalArgumentException("No controller known for " + type.getName());
    }
}
