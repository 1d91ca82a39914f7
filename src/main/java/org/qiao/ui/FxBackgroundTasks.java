// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;

/** Background work on a small pool of daemon threads, results delivered with {@link Platform#runLater}. */
public final class FxBackgroundTasks implements BackgroundTasks, AutoCloseable {

    private final ExecutorService executor;

    public FxBackgroundTasks() {
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "qiao-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) {
            // The window is closing ({@link #close}): work still under way finishes, nothing new starts.
            return;
        }
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable e) {
                // Every failure reaches the screen, so a screen never waits for an answer that will not come.
                Platform.runLater(() -> onFailure.accept(e));
                if (e instanceof VirtualMachineError fatal) {
                    throw fatal;
                }
            }
        });
    }

    @Override
    public void onUiThread(Runnable update) {
        Platform.runLater(update);
    }

    /** Lets work under way finish (a few seconds at most), so no write is cut off half-way. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
