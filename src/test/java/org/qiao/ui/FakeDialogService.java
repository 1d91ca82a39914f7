// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers dialogs from queued answers and records what was shown. */
public final class FakeDialogService implements DialogService {

    public final List<String> shown = new ArrayList<>();
    public final Deque<Path> files = new ArrayDeque<>();
    public final Deque<char[][]> passwords = new ArrayDeque<>();
    public final Deque<Path> saveFiles = new ArrayDeque<>();
    public final Deque<String> texts = new ArrayDeque<>();
    /** Answers to "choose files", one list per question. */
    public final Deque<List<Path>> fileLists = new ArrayDeque<>();
    /** Answers to "confirm", in order; yes once they run out. */
    public final Deque<Boolean> confirmations = new ArrayDeque<>();
    /** Files handed to the system's viewer. */
    public final List<Path> opened = new ArrayList<>();

    @Override
    public void showError(String title, String message) {
        shown.add(message);
    }

    @Override
    public void showInformation(String title, String message) {
        shown.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        shown.add(message);
        Boolean answer = confirmations.poll();
        return answer == null || answer;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterName, String pattern) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, String filterName, List<String> patterns) {
        List<Path> answer = fileLists.poll();
        return answer == null ? List.of() : answer;
    }

    @Override
    public void openWithSystem(Path file) {
        opened.add(file);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String filterName, String pattern, String initialName) {
        return Optional.ofNullable(saveFiles.poll());
    }

    @Override
    public Optional<String> askText(String title, String prompt) {
        shown.add(prompt);
        return Optional.ofNullable(texts.poll());
    }

    @Override
    public Optional<char[][]> askNewPassword(String title, String prompt) {
        shown.add(prompt);
        return Optional.ofNullable(passwords.poll());
    }
}
