// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.util.List;
import org.qiao.domain.handoff.PackageKind;

/**
 * A checked exchange package as the mediator is shown it before importing: what it carries, who signed it and the
 * files in it.
 *
 * @param packageSha256     the SHA-256 of the whole package file
 * @param senderName        the sender as the manifest names it
 * @param signerFingerprint the fingerprint of the key that signed it
 * @param signerName        whose key that is here: a trusted key's owner, or this studio's own name
 * @param ownKey            whether this studio signed it
 * @param caseNumber        the sending studio's case number, or {@code null} (a court's package has none)
 */
public record HandoffReport(String packageSha256, PackageKind kind, int formatVersion, String senderName,
                            String signerFingerprint, String signerName, boolean ownKey, String courtName,
                            String courtCaseNumber, String caseNumber, List<File> files) {

    public HandoffReport {
        files = List.copyOf(files);
    }

    /** One file of the package besides the manifest, its signature and the signer's key. */
    public record File(String path, String kind, long size, String sha256) {
    }
}
