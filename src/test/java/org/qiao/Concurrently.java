// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs the same work from several threads at once, as several workstations would, and collects what it returned. */
public final class Concurrently {

    private Concurrently() {
    }

    /**
     * {@code threads} threads each call {@code work} {@code each} times; returns every result, in no set order.
     * A failure in any call fails the whole run.
     */
    public static <T> List<T> collect(int threads, int each, Callable<T> work) throws Exception {
        List<T> results = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        results.add(work.call());
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return new ArrayList<>(results);
    }
}
