// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.mediation;

import java.util.Objects;

import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Binds the case page's mediation-period buttons and their form to a {@link MediationClockViewModel}. */
public final class MediationClockView {

    private final MediationClockViewModel viewModel;

    @FXML private Button extendButton;
    @FXML private Button suspendButton;
    @FXML private Button resumeButton;
    @FXML private Label clockMessage;
    @FXML private VBox clockForm;
    @FXML private Label clockTitle;
    @FXML private DatePicker clockDate;
    @FXML private HBox clockDaysRow;
    @FXML private RadioButton clockAddDays;
    @FXML private RadioButton clockNewPeriod;
    @FXML private TextField clockDays;
    @FXML private HBox clockConsentRow;
    @FXML private CheckBox clockConsentWorker;
    @FXML private CheckBox clockConsentEmployer;
    @FXML private CheckBox clockConsentCourt;
    @FXML private HBox clockReasonRow;
    @FXML private TextField clockReason;
    @FXML private Label clockProblem;
    @FXML private Button clockSave;

    public MediationClockView(MediationClockViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
    }

    @FXML
    private void initialize() {
        show(extendButton, viewModel.canExtendProperty());
        show(suspendButton, viewModel.canSuspendProperty());
        show(resumeButton, viewModel.canResumeProperty());
        for (Button button : new Button[] {extendButton, suspendButton, resumeButton}) {
            button.disableProperty().bind(viewModel.busyProperty());
        }
        clockMessage.textProperty().bind(viewModel.messageProperty());
        show(clockMessage, clockMessage.textProperty().isNotEmpty());
        show(clockForm, viewModel.formProperty().isNotEqualTo(MediationClockViewModel.Form.NONE));
        BooleanBinding extending = viewModel.formProperty().isEqualTo(MediationClockViewModel.Form.EXTEND);
        show(clockDaysRow, extending);
        show(clockConsentRow, extending);
        show(clockConsentCourt, viewModel.referralProperty());
        show(clockReasonRow, viewModel.formProperty().isNotEqualTo(MediationClockViewModel.Form.RESUME));
        viewModel.formProperty().addListener((obs, old, now) -> clockTitle.setText(viewModel.title(now)));

        clockDate.valueProperty().bindBidirectional(viewModel.dateProperty());
        ToggleGroup kind = new ToggleGroup();
        clockAddDays.setToggleGroup(kind);
        clockNewPeriod.setToggleGroup(kind);
        clockNewPeriod.selectedProperty().bindBidirectional(viewModel.newPeriodProperty());
        clockAddDays.setSelected(!viewModel.newPeriodProperty().get());
        viewModel.newPeriodProperty().addListener((obs, old, now) -> clockAddDays.setSelected(!now));
        clockDays.textProperty().bindBidirectional(viewModel.daysProperty());
        clockConsentWorker.selectedProperty().bindBidirectional(viewModel.consentWorkerProperty());
        clockConsentEmployer.selectedProperty().bindBidirectional(viewModel.consentEmployerProperty());
        clockConsentCourt.selectedProperty().bindBidirectional(viewModel.consentCourtProperty());
        clockReason.textProperty().bindBidirectional(viewModel.reasonProperty());
        clockProblem.textProperty().bind(viewModel.problemProperty());
        show(clockProblem, clockProblem.textProperty().isNotEmpty());
        clockSave.disableProperty().bind(viewModel.busyProperty());
    }

    private static void show(Node node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(node.visibleProperty());
    }

    @FXML
    private void onExtend() {
        viewModel.open(MediationClockViewModel.Form.EXTEND);
    }

    @FXML
    private void onSuspend() {
        viewModel.open(MediationClockViewModel.Form.SUSPEND);
    }

    @FXML
    private void onResume() {
        viewModel.open(MediationClockViewModel.Form.RESUME);
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }

    @FXML
    private void onClose() {
        viewModel.close();
    }
}
