// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.mediation;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

import org.qiao.domain.user.UserRef;
import org.qiao.ui.Labels;

/**
 * Binds the week grid to its {@link WeekViewModel}: a column of hours and one column per day, each session a block
 * {@code week-session-<id>} placed by its times; a block in a clash has the style class {@code session-clash}.
 * Double-clicking a block opens its case.
 */
public final class WeekView {

    /** The height of one hour in the grid. */
    private static final double HOUR = 72;

    private final WeekViewModel viewModel;
    private final List<Pane> days = new ArrayList<>();
    private final List<Label> headings = new ArrayList<>();

    @FXML private ScrollPane weekRoot;
    @FXML private Label weekRange;
    @FXML private ChoiceBox<WeekViewModel.By> weekBy;
    @FXML private ChoiceBox<UserRef> weekMediator;
    @FXML private ChoiceBox<String> weekRoom;
    @FXML private Button previousWeek;
    @FXML private Button thisWeek;
    @FXML private Button nextWeek;
    @FXML private Label weekMessage;
    @FXML private GridPane weekGrid;

    public WeekView(WeekViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
    }

    @FXML
    private void initialize() {
        weekRange.textProperty().bind(viewModel.rangeProperty());
        weekMessage.textProperty().bind(viewModel.messageProperty());
        weekBy.getItems().setAll(WeekViewModel.By.values());
        weekBy.setConverter(Labels.named(viewModel::byLabel));
        weekBy.valueProperty().bindBidirectional(viewModel.byProperty());
        weekMediator.setItems(viewModel.mediators());
        weekMediator.setConverter(Labels.named(UserRef::displayName));
        weekMediator.valueProperty().bindBidirectional(viewModel.mediatorProperty());
        weekRoom.setItems(viewModel.rooms());
        weekRoom.valueProperty().bindBidirectional(viewModel.roomProperty());
        weekMediator.visibleProperty().bind(viewModel.byProperty().isEqualTo(WeekViewModel.By.MEDIATOR));
        weekMediator.managedProperty().bind(weekMediator.visibleProperty());
        weekRoom.visibleProperty().bind(weekMediator.visibleProperty().not());
        weekRoom.managedProperty().bind(weekRoom.visibleProperty());
        for (Button button : List.of(previousWeek, thisWeek, nextWeek)) {
            button.disableProperty().bind(viewModel.busyProperty());
        }
        buildGrid();
        viewModel.dayHeadings().addListener((ListChangeListener<String>) c -> showHeadings());
        viewModel.blocks().addListener((ListChangeListener<WeekViewModel.Block>) c -> showBlocks());
        // The section is loaded once and shown again and again: each showing reloads, as sessions may have changed.
        weekRoot.parentProperty().addListener((obs, old, parent) -> {
            if (parent != null) {
                viewModel.start();
            }
        });
        viewModel.start();
    }

    private void buildGrid() {
        int hours = (int) Duration.between(WeekViewModel.DAY_START, WeekViewModel.DAY_END).toHours();
        ColumnConstraints hourColumn = new ColumnConstraints();
        hourColumn.setMinWidth(48);
        weekGrid.getColumnConstraints().add(hourColumn);
        Pane hourLabels = new Pane();
        hourLabels.setPrefHeight(hours * HOUR);
        for (int h = 0; h <= hours; h++) {
            Label label = new Label(WeekViewModel.DAY_START.plusHours(h).toString());
            label.getStyleClass().add("hint");
            label.setLayoutY(h * HOUR - (h == 0 ? 0 : 8));
            hourLabels.getChildren().add(label);
        }
        weekGrid.add(hourLabels, 0, 1);
        for (int d = 0; d < 7; d++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHgrow(Priority.ALWAYS);
            column.setPercentWidth(-1);
            column.setMinWidth(90);
            weekGrid.getColumnConstraints().add(column);
            Label heading = new Label();
            heading.getStyleClass().add("subsection-title");
            heading.setId("week-day-" + d);
            headings.add(heading);
            weekGrid.add(heading, d + 1, 0);
            Pane day = new Pane();
            day.setPrefHeight(hours * HOUR);
            day.setMinHeight(hours * HOUR);
            day.getStyleClass().add("week-day");
            for (int h = 1; h < hours; h++) {
                Pane line = new Pane();
                line.getStyleClass().add("week-hour-line");
                line.setLayoutY(h * HOUR);
                line.setPrefHeight(1);
                line.prefWidthProperty().bind(day.widthProperty());
                day.getChildren().add(line);
            }
            days.add(day);
            weekGrid.add(day, d + 1, 1);
        }
    }

    private void showHeadings() {
        for (int d = 0; d < headings.size() && d < viewModel.dayHeadings().size(); d++) {
            headings.get(d).setText(viewModel.dayHeadings().get(d));
        }
    }

    private void showBlocks() {
        for (Pane day : days) {
            day.getChildren().removeIf(node -> node.getStyleClass().contains("session-block"));
        }
        for (WeekViewModel.Block block : viewModel.blocks()) {
            if (block.day() < 0 || block.day() >= days.size()) {
                continue;
            }
            Pane day = days.get(block.day());
            double top = offset(block.start());
            double height = Math.max(offset(block.end()) - top, 22);
            Label label = new Label(block.text());
            label.setWrapText(true);
            label.setId("week-session-" + block.sessionId());
            label.getStyleClass().add("session-block");
            if (block.clash()) {
                label.getStyleClass().add("session-clash");
            }
            if (block.held()) {
                label.getStyleClass().add("session-held");
            }
            label.setTooltip(new Tooltip(block.tooltip()));
            label.setLayoutX(2);
            label.setLayoutY(top);
            label.setPrefHeight(height);
            label.setMaxHeight(height);
            label.prefWidthProperty().bind(day.widthProperty().subtract(4));
            label.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                    viewModel.open(block);
                }
            });
            day.getChildren().add(label);
        }
    }

    /** How far down the day a time is drawn; times outside working hours at the nearest edge. */
    private static double offset(LocalTime time) {
        double minutes = Duration.between(WeekViewModel.DAY_START, time).toMinutes();
        double last = Duration.between(WeekViewModel.DAY_START, WeekViewModel.DAY_END).toMinutes();
        return Math.max(0, Math.min(minutes, last)) / 60 * HOUR;
    }

    @FXML
    private void onPrevious() {
        viewModel.previousWeek();
    }

    @FXML
    private void onThisWeek() {
        viewModel.thisWeek();
    }

    @FXML
    private void onNext() {
        viewModel.nextWeek();
    }
}
