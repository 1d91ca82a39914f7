// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.main;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.qiao.i18n.Messages;

/** The main window: navigation rail on the left, the chosen section's screen on the right. */
public final class MainView {

    private final MainViewModel viewModel;
    private final Messages messages;
    private final Function<Section, Parent> screens;
    private final Map<Section, Parent> loaded = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);

    @FXML private VBox rail;
    @FXML private StackPane content;
    @FXML private Label userLine;
    @FXML private Label databaseLine;

    public MainView(MainViewModel viewModel, Messages messages, Function<Section, Parent> screens) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.messages = Objects.requireNonNull(messages);
        this.screens = Objects.requireNonNull(screens);
    }

    @FXML
    private void initialize() {
        ToggleGroup group = new ToggleGroup();
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(messages.get(section.labelKey()));
            button.setId("nav-" + section.id());
            button.setToggleGroup(group);
            button.getStyleClass().add("rail-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(event -> viewModel.show(section));
            buttons.put(section, button);
            rail.getChildren().add(button);
        }
        // A rail button stays pressed: clicking the current one again must not leave nothing selected.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        userLine.textProperty().bind(viewModel.userLineProperty());
        databaseLine.textProperty().bind(viewModel.databaseLineProperty());
        viewModel.sectionProperty().addListener((obs, old, section) -> display(section));
        display(viewModel.sectionProperty().get());
    }

    private void display(Section section) {
        buttons.get(section).setSelected(true);
        Parent screen = loaded.computeIfAbsent(section, screens);
        content.getChildren().setAll(screen);
    }

    @FXML
    private void onSignOut() {
        viewModel.signOut();
    }
}
