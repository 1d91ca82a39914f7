// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database and document work off the JavaFX thread and hands the result back on it. Production uses
 * {@link FxBackgroundTasks}; tests run work synchronously so a ViewModel can be tested without a window.
 */
public interface BackgroundTasks {

    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code update} on the JavaFX thread, e.g. progress reported by work under way. */
    void onUiThread(Runnable update);
}
