// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs "background" work at once on the calling thread, so a ViewModel test needs no window and no waiting. */
public final class SynchronousBackgroundTasks implements BackgroundTasks {

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUiThread(Runnable update) {
        update.run();
    }
}
