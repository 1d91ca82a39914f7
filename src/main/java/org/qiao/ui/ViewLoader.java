// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

import org.qiao.i18n.Messages;

/**
 * Loads a screen: {@code FooView.fxml} beside the class {@code FooView} (same package path in resources), with the
 * message bundle for {@code %key} strings and controllers built by the composition's factory, so a controller's
 * dependencies are final constructor parameters.
 */
public final class ViewLoader {

    private final Messages messages;
    private final Callback<Class<?>, Object> controllerFactory;

    public ViewLoader(Messages messages, Callback<Class<?>, Object> controllerFactory) {
        this.messages = Objects.requireNonNull(messages);
        this.controllerFactory = Objects.requireNonNull(controllerFactory);
    }

    /** A loaded screen: its root node and its controller. */
    public record Loaded<C>(Parent root, C controller) {
    }

    public <C> Loaded<C> load(Class<C> viewClass) {
        URL fxml = viewClass.getResource(viewClass.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("No FXML beside " + viewClass.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, messages.textBundle());
        loader.setControllerFactory(controllerFactory);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, viewClass.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
