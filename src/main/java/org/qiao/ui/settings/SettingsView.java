// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.settings;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import org.qiao.domain.court.CourtLevel;
import org.qiao.domain.user.Role;
import org.qiao.ui.Labels;

/** Binds the settings screen to its {@link SettingsViewModel} and, for administrators, {@link StudioNumbering}. */
public final class SettingsView {

    private final SettingsViewModel viewModel;
    private final StudioNumbering studios;
    private final CourtList courts;
    private final ExchangeKeys keys;

    @FXML private ChoiceBox<Locale> languageChoice;
    @FXML private Label languageNote;
    @FXML private Label databaseDescription;
    @FXML private Node usersPane;
    @FXML private Node usersLocked;
    @FXML private TableView<SettingsViewModel.UserRow> userTable;
    @FXML private TableColumn<SettingsViewModel.UserRow, String> usernameColumn;
    @FXML private TableColumn<SettingsViewModel.UserRow, String> displayNameColumn;
    @FXML private TableColumn<SettingsViewModel.UserRow, String> roleColumn;
    @FXML private TableColumn<SettingsViewModel.UserRow, String> stateColumn;
    @FXML private TableColumn<SettingsViewModel.UserRow, String> lastLoginColumn;
    @FXML private TextField newUsername;
    @FXML private TextField newDisplayName;
    @FXML private ChoiceBox<Role> newRole;
    @FXML private PasswordField newPassword;
    @FXML private PasswordField newPasswordRepeat;
    @FXML private Button addUserButton;
    @FXML private Label message;
    @FXML private Label scheduleYears;
    @FXML private Button importScheduleButton;

    @FXML private Node studiosPane;
    @FXML private Node studiosLocked;
    @FXML private TableView<StudioNumbering.Row> studioTable;
    @FXML private TableColumn<StudioNumbering.Row, String> studioNameColumn;
    @FXML private TableColumn<StudioNumbering.Row, String> studioRegionColumn;
    @FXML private TableColumn<StudioNumbering.Row, String> studioPatternColumn;
    @FXML private TableColumn<StudioNumbering.Row, String> studioNextColumn;
    @FXML private TableColumn<StudioNumbering.Row, String> studioPhoneColumn;
    @FXML private Label patternHint;
    @FXML private Label editedStudio;
    @FXML private TextField studioPattern;
    @FXML private Label patternPreview;
    @FXML private Label patternProblem;
    @FXML private Label studioMessage;
    @FXML private Button savePatternButton;
    @FXML private Button revertPatternButton;
    @FXML private TextField studioPhone;
    @FXML private Button savePhoneButton;
    @FXML private Label phoneProblem;
    @FXML private Label phoneHint;

    @FXML private Node courtsPane;
    @FXML private Node courtsLocked;
    @FXML private TableView<CourtList.Row> courtTable;
    @FXML private TableColumn<CourtList.Row, String> courtCodeColumn;
    @FXML private TableColumn<CourtList.Row, String> courtNameColumn;
    @FXML private TableColumn<CourtList.Row, String> courtLevelColumn;
    @FXML private TableColumn<CourtList.Row, String> courtPhoneColumn;
    @FXML private TableColumn<CourtList.Row, String> courtStateColumn;
    @FXML private Button retireCourtButton;
    @FXML private Button reactivateCourtButton;
    @FXML private Button saveCourtButton;
    @FXML private Label courtFormTitle;
    @FXML private TextField courtCode;
    @FXML private TextField courtName;
    @FXML private ChoiceBox<CourtLevel> courtLevel;
    @FXML private TextField courtRegion;
    @FXML private TextField courtPhone;
    @FXML private TextField courtAddress;
    @FXML private Label courtCodeProblem;
    @FXML private Label courtLevelProblem;
    @FXML private Label courtNameProblem;
    @FXML private Label courtRegionProblem;
    @FXML private Label courtPhoneProblem;
    @FXML private Label courtAddressProblem;
    @FXML private Label courtMessage;

    @FXML private Node keysPane;
    @FXML private Node keysLocked;
    @FXML private TextField ownFingerprint;
    @FXML private Label ownKeyNote;
    @FXML private TableView<ExchangeKeys.Row> keyTable;
    @FXML private TableColumn<ExchangeKeys.Row, String> keyOwnerColumn;
    @FXML private TableColumn<ExchangeKeys.Row, String> keyFingerprintColumn;
    @FXML private TableColumn<ExchangeKeys.Row, String> keyTrustedAtColumn;
    @FXML private TableColumn<ExchangeKeys.Row, String> keyTrustedByColumn;
    @FXML private TableColumn<ExchangeKeys.Row, String> keyStateColumn;
    @FXML private TextField chosenFingerprint;
    @FXML private Button untrustKeyButton;
    @FXML private Label keyMessage;

    public SettingsView(SettingsViewModel viewModel, StudioNumbering studios, CourtList courts, ExchangeKeys keys) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.studios = Objects.requireNonNull(studios);
        this.courts = Objects.requireNonNull(courts);
        this.keys = Objects.requireNonNull(keys);
    }

    @FXML
    private void initialize() {
        languageChoice.getItems().setAll(viewModel.languages());
        languageChoice.setConverter(Labels.named(viewModel::languageName));
        languageChoice.setValue(viewModel.languageProperty().get());
        languageChoice.valueProperty().addListener((obs, old, chosen) -> viewModel.chooseLanguage(chosen));
        languageNote.textProperty().bind(viewModel.languageNoteProperty());
        databaseDescription.setText(viewModel.databaseDescription());

        usersPane.setVisible(viewModel.isAdministrator());
        usersPane.setManaged(viewModel.isAdministrator());
        usersLocked.setVisible(!viewModel.isAdministrator());
        usersLocked.setManaged(!viewModel.isAdministrator());

        usernameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().username()));
        displayNameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().displayName()));
        roleColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().role()));
        stateColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().state()));
        lastLoginColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().lastLogin()));
        userTable.setItems(viewModel.users());

        newUsername.textProperty().bindBidirectional(viewModel.newUsernameProperty());
        newDisplayName.textProperty().bindBidirectional(viewModel.newDisplayNameProperty());
        newRole.getItems().setAll(Role.values());
        newRole.setConverter(Labels.named(viewModel::roleName));
        newRole.valueProperty().bindBidirectional(viewModel.newRoleProperty());
        newPassword.textProperty().bindBidirectional(viewModel.newPasswordProperty());
        newPasswordRepeat.textProperty().bindBidirectional(viewModel.newPasswordRepeatProperty());
        addUserButton.disableProperty().bind(viewModel.busyProperty());
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.messageIsErrorProperty().addListener((obs, old, error) -> styleMessage(error));
        styleMessage(viewModel.messageIsErrorProperty().get());
        scheduleYears.textProperty().bind(viewModel.scheduleYearsProperty());
        importScheduleButton.setVisible(viewModel.isAdministrator());
        importScheduleButton.setManaged(viewModel.isAdministrator());
        viewModel.loadScheduleYears();
        viewModel.loadUsers();
        bindStudios();
        bindCourts();
        bindKeys();
    }

    /** Shows {@code pane} to an administrator and {@code locked} (why it is hidden) to anyone else. */
    private boolean adminOnly(Node pane, Node locked) {
        boolean admin = viewModel.isAdministrator();
        pane.setVisible(admin);
        pane.setManaged(admin);
        locked.setVisible(!admin);
        locked.setManaged(!admin);
        return admin;
    }

    private void bindKeys() {
        if (!adminOnly(keysPane, keysLocked)) {
            return;
        }
        ownFingerprint.textProperty().bind(keys.fingerprintProperty());
        ownKeyNote.textProperty().bind(keys.keyNoteProperty());
        keyOwnerColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().owner()));
        keyFingerprintColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().fingerprint()));
        keyTrustedAtColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().trustedAt()));
        keyTrustedByColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().trustedBy()));
        keyStateColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().state()));
        keyTable.setItems(keys.rows());
        var chosen = keyTable.getSelectionModel().selectedItemProperty();
        chosenFingerprint.textProperty().bind(Bindings.createStringBinding(() -> chosen.get() == null ? ""
            : chosen.get().fullFingerprint(), chosen));
        // The export and trust buttons stay enabled while work runs (the panel ignores a second click): a focused
        // button that is disabled hands the focus on, and the screen would scroll away from the message.
        untrustKeyButton.disableProperty().bind(Bindings.createBooleanBinding(() -> chosen.get() == null
            || !chosen.get().inForce(), chosen).or(keys.busyProperty()));
        keyMessage.textProperty().bind(keys.messageProperty());
        keyMessage.visibleProperty().bind(keyMessage.textProperty().isNotEmpty());
        keyMessage.managedProperty().bind(keyMessage.visibleProperty());
        keys.messageIsErrorProperty().addListener((obs, old, error) -> styleMessage(keyMessage, error));
        styleMessage(keyMessage, false);
        keys.load();
    }

    @FXML
    private void onExportKey() {
        keys.exportPublicKey();
    }

    @FXML
    private void onTrustKey() {
        keys.trust();
    }

    @FXML
    private void onUntrustKey() {
        keys.untrust(keyTable.getSelectionModel().getSelectedItem());
        // The button is disabled once the key is retired; the list keeps the focus instead.
        keyTable.requestFocus();
    }

    private void bindCourts() {
        if (!adminOnly(courtsPane, courtsLocked)) {
            return;
        }
        courtCodeColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().code()));
        courtNameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        courtLevelColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().level()));
        courtPhoneColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().phone()));
        courtStateColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().state()));
        courtTable.setItems(courts.rows());
        courtTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> courts.edit(row));
        // After a change the list is reloaded: the court just changed stays chosen.
        courts.rows().addListener((javafx.collections.ListChangeListener<CourtList.Row>) change -> {
            var edited = courts.editingProperty().get();
            if (edited != null) {
                courts.rows().stream().filter(row -> row.court().getId().equals(edited.getId())).findFirst()
                    .ifPresent(row -> {
                        courtTable.getSelectionModel().select(row);
                        courtTable.scrollTo(row);
                    });
            }
        });
        var chosen = courtTable.getSelectionModel().selectedItemProperty();
        retireCourtButton.disableProperty().bind(Bindings.createBooleanBinding(() -> chosen.get() == null
            || !chosen.get().court().isActive(), chosen).or(courts.busyProperty()));
        reactivateCourtButton.disableProperty().bind(Bindings.createBooleanBinding(() -> chosen.get() == null
            || chosen.get().court().isActive(), chosen).or(courts.busyProperty()));
        saveCourtButton.disableProperty().bind(courts.busyProperty());
        courtFormTitle.textProperty().bind(courts.formTitleProperty());
        courtCode.textProperty().bindBidirectional(courts.codeProperty());
        courtName.textProperty().bindBidirectional(courts.nameProperty());
        courtLevel.getItems().setAll(courts.levels());
        courtLevel.setConverter(Labels.named(courts::levelName));
        courtLevel.valueProperty().bindBidirectional(courts.levelProperty());
        courtRegion.textProperty().bindBidirectional(courts.regionCodeProperty());
        courtPhone.textProperty().bindBidirectional(courts.phoneProperty());
        courtAddress.textProperty().bindBidirectional(courts.addressProperty());
        courtProblem(courtCodeProblem, "code");
        courtProblem(courtLevelProblem, "level");
        courtProblem(courtNameProblem, "name");
        courtProblem(courtRegionProblem, "regionCode");
        courtProblem(courtPhoneProblem, "phone");
        courtProblem(courtAddressProblem, "address");
        courtMessage.textProperty().bind(courts.messageProperty());
        courts.messageIsErrorProperty().addListener((obs, old, error) -> styleMessage(courtMessage, error));
        styleMessage(courtMessage, false);
        courts.load();
    }

    private void courtProblem(Label label, String field) {
        label.getStyleClass().add("field-problem");
        label.setWrapText(true);
        label.setId("court-problem-" + field);
        label.textProperty().bind(Bindings.createStringBinding(() -> courts.problemAt(field), courts.problems()));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void onNewCourt() {
        courtTable.getSelectionModel().clearSelection();
        courts.startNew();
        courtCode.requestFocus();
    }

    @FXML
    private void onSaveCourt() {
        courts.save();
    }

    @FXML
    private void onRetireCourt() {
        courts.retire(courtTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onReactivateCourt() {
        courts.reactivate(courtTable.getSelectionModel().getSelectedItem());
    }

    private void bindStudios() {
        if (!adminOnly(studiosPane, studiosLocked)) {
            return;
        }
        studioNameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        studioRegionColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().region()));
        studioPatternColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().pattern()));
        studioNextColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().nextNumber()));
        studioPhoneColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().phone()));
        studioTable.setItems(studios.rows());
        studioTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                studios.selectedProperty().set(row);
            }
        });
        studios.selectedProperty().addListener((obs, old, row) -> {
            studioTable.getSelectionModel().select(row);
            editedStudio.setText(row == null ? "" : row.name());
        });
        patternHint.setText(studios.hint());
        studioPattern.textProperty().bindBidirectional(studios.patternProperty());
        studioPattern.setOnAction(event -> studios.save());
        patternPreview.textProperty().bind(studios.previewProperty());
        patternProblem.textProperty().bind(studios.problemProperty());
        studioMessage.textProperty().bind(studios.messageProperty());
        phoneHint.setText(studios.phoneHint());
        studioPhone.textProperty().bindBidirectional(studios.phoneProperty());
        studioPhone.setOnAction(event -> studios.savePhone());
        phoneProblem.textProperty().bind(studios.phoneProblemProperty());
        savePhoneButton.disableProperty().bind(studios.canSavePhoneProperty().not());
        for (Label label : List.of(patternPreview, patternProblem, phoneProblem, studioMessage)) {
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
            label.managedProperty().bind(label.visibleProperty());
        }
        savePatternButton.disableProperty().bind(studios.canSaveProperty().not());
        revertPatternButton.disableProperty().bind(studios.busyProperty());
        studios.load();
    }

    @FXML
    private void onSavePattern() {
        studios.save();
    }

    @FXML
    private void onSavePhone() {
        // The button turns off once saved; focus on it would jump to the court list below and scroll the page.
        studioPhone.requestFocus();
        studios.savePhone();
    }

    @FXML
    private void onRevertPattern() {
        studios.revert();
    }

    @FXML
    private void onImportSchedule() {
        viewModel.importSchedule();
    }

    private void styleMessage(boolean error) {
        styleMessage(message, error);
    }

    private static void styleMessage(Label label, boolean error) {
        label.getStyleClass().removeAll("error-text", "success-text");
        label.getStyleClass().add(error ? "error-text" : "success-text");
    }

    @FXML
    private void onAddUser() {
        viewModel.addUser();
    }

    @FXML
    private void onResetPassword() {
        SettingsViewModel.UserRow selected = userTable.getSelectionModel().getSelectedItem();
        viewModel.resetPassword(selected == null ? null : selected.username());
    }
}
