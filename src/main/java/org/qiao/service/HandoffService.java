// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.qiao.domain.FieldProblem;
import org.qiao.domain.QiaoException;
import org.qiao.domain.ValidationException;
import org.qiao.domain.agreement.Agreement;
import org.qiao.domain.agreement.AgreementStatus;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.ConflictVerdict;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.court.Court;
import org.qiao.domain.court.HandBackKind;
import org.qiao.domain.court.Referral;
import org.qiao.domain.court.ReferralMaterial;
import org.qiao.domain.handoff.HandoffImport;
import org.qiao.domain.handoff.PackageKind;
import org.qiao.domain.handoff.StudioKey;
import org.qiao.domain.handoff.TrustedKey;
import org.qiao.domain.money.Money;
import org.qiao.domain.user.Role;
import org.qiao.i18n.Messages;
import org.qiao.store.AttachmentStore;
import org.qiao.store.Repositories;
import org.qiao.store.Transactions;

/**
 * The signed exchange package (诉调对接 移交包, docs/handoff-format.md): a referral's case written to one zip file
 * signed with the studio's own Ed25519 key, and a package from a court (or a studio) checked and imported as a
 * referral. A package is checked completely before the database is touched, and imported in one transaction, once:
 * the same package again changes nothing. The studio's key pair is made on first use and kept in the database (the
 * private key never leaves it); other parties' public keys are trusted by an administrator.
 */
public final class HandoffService {

    /** The longest texts the referral's columns take (V15). */
    private static final int NOTE_MAX = 2_000;
    private static final int FACTS_MAX = 20_000;
    private static final int OUTCOME_NOTE_MAX = 1_000;
    private static final int NUMBER_MAX = 60;
    private static final int NAME_MAX = 100;
    private static final int OWNER_MAX = 200;

    /** A package written: where, what kind, for which case, how many files besides the manifest. */
    public record Exported(Path file, PackageKind kind, String caseNumber, int files, String sha256) {
    }

    /**
     * A package imported, or found imported before ({@code alreadyImported}: nothing was changed).
     *
     * @param warnings calendar warnings about the new case's mediation deadline
     */
    public record Imported(long caseId, String caseNumber, PackageKind kind, String courtCaseNumber,
                           boolean alreadyImported, List<String> warnings) {

        public Imported {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The studio's public key as given to a court: the PEM text and its fingerprint.
     *
     * @param madeNow whether the studio had no key until this call made one
     */
    public record PublicKeyText(String pem, String fingerprint, boolean madeNow) {
    }

    /** The studio's key in force, and whether it was made just now. */
    private record KeyInForce(StudioKey key, boolean madeNow) {
    }

    private final Transactions tx;
    private final UserSession session;
    private final IntakeService intake;
    private final ReferralService referrals;
    private final PaymentService payments;
    private final AttachmentStore attachments;
    private final HandoffDocuments documents;
    private final Messages messages;
    private final Clock clock;

    public HandoffService(Transactions tx, UserSession session, IntakeService intake, ReferralService referrals,
        PaymentService payments, AttachmentStore attachments, HandoffDocuments documents, Messages messages,
        Clock clock) {
        this.tx = Objects.requireNonNull(tx);
        this.session = Objects.requireNonNull(session);
        this.intake = Objects.requireNonNull(intake);
        this.referrals = Objects.requireNonNull(referrals);
        this.payments = Objects.requireNonNull(payments);
        this.attachments = Objects.requireNonNull(attachments);
        this.documents = Objects.requireNonNull(documents);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
    }

    // ---- keys ----

    /** The studio's key in force, made now if it has none. */
    private StudioKey studioKey() {
        return keyInForce().key();
    }

    private KeyInForce keyInForce() {
        return tx.call(r -> r.handoffs().currentKey().map(k -> new KeyInForce(k, false)).orElseGet(() -> {
            KeyPair pair = HandoffKeys.generate();
            Base64.Encoder base64 = Base64.getEncoder();
            return new KeyInForce(r.handoffs().save(new StudioKey(HandoffKeys.ALGORITHM,
                base64.encodeToString(pair.getPublic().getEncoded()),
                base64.encodeToString(pair.getPrivate().getEncoded()), HandoffKeys.fingerprint(pair.getPublic()),
                LocalDateTime.now(clock), session.actorName())), true);
        }));
    }

    /** The studio's public key as a PEM text file for a court, made first if the studio has none yet. */
    public PublicKeyText publicKey() {
        KeyInForce inForce = keyInForce();
        StudioKey key = inForce.key();
        String studio = tx.call(r -> r.studios().findDefault().map(s -> s.getName()).orElse(""));
        String pem = HandoffKeys.pem(HandoffKeys.keyPair(key).getPublic(),
            "Qiao (连心桥) exchange package signing key, Ed25519",
            "studio: " + studio, "fingerprint (SHA-256): " + key.getFingerprint());
        return new PublicKeyText(pem, key.getFingerprint(), inForce.madeNow());
    }

    /** Writes {@link #publicKey()} to {@code out}; {@code handoff.export.cannotWrite}. */
    public PublicKeyText writePublicKey(Path out) {
        PublicKeyText key = publicKey();
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(out, key.pem(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new QiaoException(e, "handoff.export.cannotWrite", out.toString(), String.valueOf(e.getMessage()));
        }
        return key;
    }

    /**
     * Trusts the public key in {@code file} (PEM, as {@link #publicKey()} writes it) as {@code ownerName}'s: packages
     * it signed are accepted from now on. A key retired before is trusted again, as {@code ownerName}'s. Only an
     * administrator may, when someone is signed in.
     *
     * @throws QiaoException {@code auth.adminOnly}, {@code handoff.trust.name}, {@code handoff.trust.unreadable},
     *     {@code handoff.trust.own}, {@code handoff.trust.already}
     */
    public TrustedKey trust(Path file, String ownerName) {
        requireAdministrator();
        String owner = ownerName == null ? "" : ownerName.strip();
        if (owner.isEmpty() || owner.length() > OWNER_MAX) {
            throw new QiaoException("handoff.trust.name", OWNER_MAX);
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new QiaoException(e, "handoff.trust.unreadable", file.toString());
        }
        byte[] x509 = HandoffKeys.fromPem(content).filter(k -> HandoffKeys.publicKey(k).isPresent())
            .orElseThrow(() -> new QiaoException("handoff.trust.unreadable", file.toString()));
        String fingerprint = HandoffKeys.fingerprint(x509);
        return tx.call(r -> {
            if (r.handoffs().ownKey(fingerprint).isPresent()) {
                throw new QiaoException("handoff.trust.own", fingerprint);
            }
            Optional<TrustedKey> known = r.handoffs().trustedKey(fingerprint);
            if (known.isPresent() && known.get().isInForce()) {
                throw new QiaoException("handoff.trust.already", fingerprint, known.get().getOwnerName());
            }
            if (known.isPresent()) {
                known.get().trustAgain(owner, LocalDateTime.now(clock), session.actorName());
                return r.handoffs().save(known.get());
            }
            return r.handoffs().save(new TrustedKey(owner, Base64.getEncoder().encodeToString(x509), fingerprint,
                LocalDateTime.now(clock), session.actorName()));
        });
    }

    /**
     * Stops trusting the key with this fingerprint (撤销信任): packages it signs are refused from now on as signed by
     * an unknown key; cases imported from its packages stay. The fingerprint may be typed in groups with spaces and
     * in either case. Only an administrator may, when someone is signed in.
     *
     * @throws QiaoException {@code auth.adminOnly}, {@code handoff.untrust.unknown}, {@code handoff.untrust.already}
     */
    public TrustedKey untrust(String fingerprint) {
        requireAdministrator();
        String typed = fingerprint == null ? "" : fingerprint.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        return tx.call(r -> {
            TrustedKey key = r.handoffs().trustedKey(typed)
                .orElseThrow(() -> new QiaoException("handoff.untrust.unknown", typed));
            if (!key.isInForce()) {
                throw new QiaoException("handoff.untrust.already", key.getOwnerName(), typed);
            }
            key.retire(LocalDateTime.now(clock), session.actorName());
            return r.handoffs().save(key);
        });
    }

    /** Every key trusted so far, retired ones included, by owner. */
    public List<TrustedKey> trustedKeys() {
        return tx.call(r -> r.handoffs().trustedKeys());
    }

    private void requireAdministrator() {
        // In the window only an administrator may; on the command line the operating-system user acts.
        if (session.user().isPresent() && !session.hasRole(Role.ADMINISTRATOR)) {
            throw new QiaoException("auth.adminOnly");
        }
    }

    // ---- export ----

    /** The id of the case numbered {@code caseNumber}; {@code cases.unknown}. */
    public long caseId(String caseNumber) {
        String number = Objects.requireNonNull(caseNumber, "caseNumber").strip();
        return tx.call(r -> r.cases().findByNumber(number))
            .orElseThrow(() -> new QiaoException("cases.unknown", number)).getId();
    }

    /**
     * Writes the exchange package of case {@code caseId} to {@code out}: a hand-back once the referral was handed
     * back, otherwise the referral (a studio may forward one). The hand-back documents come from
     * {@link HandoffDocuments}, the scans of the referral's materials from the attachment folder.
     *
     * @throws QiaoException {@code case.notFound}, {@code handoff.export.noReferral},
     *     {@code handoff.export.cannotWrite}, or as the attachment folder refuses a scan
     */
    public Exported export(long caseId, Path out) {
        Objects.requireNonNull(out, "out");
        StudioKey key = studioKey();
        Map<Long, Money> paid = new HashMap<>();
        payments.performance(caseId).workers().forEach(w -> paid.put(w.workerId(), w.paid()));
        List<HandoffPackage.Entry> files = new ArrayList<>();
        record Built(ObjectNode manifest, String caseNumber, PackageKind kind) {
        }
        Built built = tx.call(r -> {
            DisputeCase c = r.cases().findById(caseId)
                .orElseThrow(() -> new QiaoException("case.notFound", String.valueOf(caseId)));
            Referral referral = r.referrals().ofCase(caseId)
                .orElseThrow(() -> new QiaoException("handoff.export.noReferral", c.getCaseNumber()));
            PackageKind kind = referral.getHandBackKind() == null ? PackageKind.REFERRAL : PackageKind.HANDBACK;
            List<ReferralMaterial> materials = r.referrals().materials(referral.getId());
            Map<Long, String> scans = new LinkedHashMap<>();
            for (ReferralMaterial material : materials) {
                if (material.getSha256() != null) {
                    String path = "materials/" + (scans.size() + 1) + "-" + material.getMaterial().name()
                        + extension(material.getFileName());
                    scans.put(material.getId(), path);
                    files.add(new HandoffPackage.Entry(path, material.getMaterial().name(),
                        read(attachments.open(material.getSha256()))));
                }
            }
            Agreement agreement = r.agreements().latestOfCase(caseId, AgreementStatus.SIGNED).orElse(null);
            ObjectNode manifest = HandoffManifest.build(new HandoffManifest.Source(kind, OffsetDateTime.now(clock),
                c.getStudio(), key.getFingerprint(), c, referral, r.intake().representativeIds(caseId), materials,
                scans, agreement, paid));
            return new Built(manifest, c.getCaseNumber(), kind);
        });
        Set<String> used = new HashSet<>();
        for (HandoffDocuments.Named document : documents.forCase(caseId)) {
            String name = document.fileName().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
            String path = "documents/" + name;
            for (int n = 2; !used.add(path); n++) {
                path = "documents/" + n + "-" + name;
            }
            files.add(new HandoffPackage.Entry(path, document.kind(), document.content()));
        }
        HandoffPackage.write(out, built.manifest(), HandoffKeys.keyPair(key), built.manifest().path("sender")
            .path("name").asText(), files);
        return new Exported(out, built.kind(), built.caseNumber(), files.size(), HandoffPackage.sha256(out));
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
        return ext.matches("\\.[a-z0-9]{1,8}") ? ext : "";
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new QiaoException(e, "evidence.file.missing", file.toString());
        }
    }

    // ---- verify and import ----

    /**
     * Checks the package at {@code file} without changing anything (see {@link HandoffPackage#open} for the order
     * of the checks) and says what it carries.
     *
     * @throws QiaoException {@code handoff.check.*} naming the first check that failed
     */
    public HandoffReport verify(Path file) {
        HandoffPackage.Opened opened = open(file);
        return report(opened, read(opened));
    }

    /** The manifest's content, once its scans are known to be in the package. */
    private static HandoffManifest.Incoming read(HandoffPackage.Opened opened) {
        HandoffManifest.Incoming in = HandoffManifest.read(opened.manifest());
        for (HandoffManifest.MaterialIn material : in.materials()) {
            if (material.file() != null && !opened.contents().containsKey(material.file())) {
                throw new QiaoException("handoff.check.fileMissing", material.file());
            }
        }
        return in;
    }

    private HandoffPackage.Opened open(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new QiaoException("handoff.check.notFound", file.toString());
        }
        return HandoffPackage.open(file, fingerprint -> tx.call(r -> known(r, fingerprint)));
    }

    private Optional<HandoffPackage.KnownKey> known(Repositories r, String fingerprint) {
        if (r.handoffs().ownKey(fingerprint).isPresent()) {
            return Optional.of(new HandoffPackage.KnownKey(messages.get("handoff.signer.own"), true));
        }
        return r.handoffs().trustedKey(fingerprint).filter(TrustedKey::isInForce)
            .map(k -> new HandoffPackage.KnownKey(k.getOwnerName(), false));
    }

    private static HandoffReport report(HandoffPackage.Opened opened, HandoffManifest.Incoming in) {
        List<HandoffReport.File> files = new ArrayList<>();
        for (JsonNode f : opened.manifest().path("files")) {
            files.add(new HandoffReport.File(f.path("path").asText(), HandoffManifest.text(f, "kind"),
                f.path("size").asLong(), f.path("sha256").asText()));
        }
        return new HandoffReport(opened.packageSha256(), in.kind(), opened.manifest().path("formatVersion").asInt(),
            in.senderName(), opened.signerFingerprint(), opened.signerName(), opened.ownKey(),
            in.courtName(), in.courtCaseNumber(), in.caseNumber(), files);
    }

    /**
     * Checks the package at {@code file} and imports it: the referral becomes an accepted case (as typed in at the
     * inbox, {@link ReferralService#register}); a hand-back also records how and when the referral went back and
     * what the court did, moves the case to where the sender's mediation ended, and keeps the package's documents as
     * the case's evidence. The import itself is recorded, so the same package again changes nothing.
     *
     * <p>When the conflict check finds open cases of the same worker or employer, the new case is registered as
     * LINKED to the first one found, with a note that says so: a court's referral is its own matter under its own
     * number, never a duplicate to drop, and the mediator sees the link on the case.
     *
     * @throws QiaoException {@code handoff.check.*} when a check fails, {@code handoff.import.courtUnknown},
     *     {@code handoff.import.refused} naming the first field the referral's checks refused; nothing is stored
     */
    public Imported importPackage(Path file) {
        HandoffPackage.Opened opened = open(file);
        HandoffManifest.Incoming in = read(opened);
        checkLengths(in);
        Optional<Imported> before = tx.call(r -> r.handoffs().findImport(opened.packageSha256())
            .map(i -> new Imported(i.getCaseId(), r.cases().findById(i.getCaseId()).orElseThrow().getCaseNumber(),
                i.getPackageKind(), in.courtCaseNumber(), true, List.of())));
        if (before.isPresent()) {
            return before.get();
        }
        Court court = tx.call(r -> r.courts().findByCode(in.courtCode()))
            .orElseThrow(() -> new QiaoException("handoff.import.courtUnknown", in.courtCode(),
                in.courtName() == null ? "" : in.courtName()));
        Path folder = null;
        try {
            folder = Files.createTempDirectory("qiao-handoff-");
            List<ReferralForm.MaterialEntry> materials = new ArrayList<>();
            for (HandoffManifest.MaterialIn material : in.materials()) {
                materials.add(new ReferralForm.MaterialEntry(material.kind(), material.note(),
                    material.file() == null ? null : extract(opened, material.file(), folder)));
            }
            List<StoredDocument> stored = new ArrayList<>();
            for (JsonNode f : opened.manifest().path("files")) {
                String path = f.path("path").asText();
                if (path.startsWith("documents/")) {
                    Path copy = extract(opened, path, folder);
                    stored.add(new StoredDocument(copy, attachments.put(copy), HandoffManifest.text(f, "kind")));
                }
            }
            ReferralForm form = new ReferralForm(in.type(), court.getId(), in.courtCaseNumber(), in.judge(),
                in.judgeContact(), in.signedForDate() != null ? in.signedForDate() : LocalDate.now(clock),
                in.simpleProcedure(), materials, null,
                in.regionCode() != null ? in.regionCode() : court.getRegionCode(), in.employer(), in.workers(),
                in.facts(), in.requests(), null, null, null);
            List<ConflictFinding> conflicts = intake.checkConflicts(form.toIntake(court.getName()));
            if (!conflicts.isEmpty()) {
                ConflictFinding first = conflicts.get(0);
                form = form.withVerdict(ConflictVerdict.LINKED,
                    messages.get("handoff.import.conflictNote", first.caseNumber()), first.caseId());
            }
            ReferralService.Registration registration = referrals.register(form, opened.packageSha256(),
                (r, disputeCase, now, actor) -> {
                    if (in.kind() == PackageKind.HANDBACK) {
                        recordHandBack(r, disputeCase, in, now, actor);
                    }
                    for (StoredDocument document : stored) {
                        r.intake().save(EvidenceService.record(disputeCase.getId(), document.file(),
                            document.stored(), messages.get("handoff.import.evidence", document.kind() == null
                                ? "" : document.kind(), in.senderName() == null ? "" : in.senderName()), now,
                            actor));
                    }
                    r.handoffs().save(new HandoffImport(opened.packageSha256(), in.kind(), disputeCase.getId(),
                        opened.signerFingerprint(), now, actor));
                });
            return new Imported(registration.caseId(), registration.caseNumber(), in.kind(), in.courtCaseNumber(),
                false, registration.warnings().stream()
                    .map(w -> messages.get(w.messageKey(), w.args().toArray())).toList());
        } catch (ValidationException e) {
            FieldProblem problem = e.problems().get(0);
            throw new QiaoException(e, "handoff.import.refused", problem.field(),
                messages.get(problem.messageKey(), problem.args()));
        } catch (IOException e) {
            throw new QiaoException(e, "handoff.import.tempFailed", String.valueOf(e.getMessage()));
        } finally {
            deleteTree(folder);
        }
    }

    /** A document of the package, copied into the attachment folder before the case's transaction. */
    private record StoredDocument(Path file, AttachmentStore.StoredFile stored, String kind) {
    }

    /**
     * The sender's hand-back on the new case: the referral's record, and the case moved to where the sender's
     * mediation ended (agreement signed; or failed and handed back to the court).
     */
    private static void recordHandBack(Repositories r, DisputeCase disputeCase, HandoffManifest.Incoming in,
        LocalDateTime now, String actor) {
        HandoffManifest.HandBackIn handBack = in.handBack();
        Referral referral = r.referrals().ofCase(disputeCase.getId()).orElseThrow();
        referral.handBack(handBack.reason(), handBack.date(), handBack.note(),
            handBack.by() != null ? handBack.by() : actor);
        referral.setUndisputedFacts(handBack.undisputedFacts());
        referral.setConfirmationAppliedDate(handBack.confirmationAppliedDate());
        HandoffManifest.CourtOutcomeIn outcome = in.courtOutcome();
        if (outcome != null) {
            referral.recordOutcome(outcome.outcome(), outcome.number(), outcome.date(), outcome.note(),
                outcome.by() != null ? outcome.by() : actor);
        }
        r.referrals().save(referral);
        CaseStatusService.move(r, disputeCase, CaseStatus.IN_MEDIATION, null, now, actor);
        if (handBack.reason().kind() == HandBackKind.SUCCESS) {
            CaseStatusService.move(r, disputeCase, CaseStatus.AGREEMENT_SIGNED, null, now, actor);
        } else {
            CaseStatusService.move(r, disputeCase, CaseStatus.MEDIATION_FAILED, null, now, actor);
            CaseStatusService.move(r, disputeCase, CaseStatus.HANDED_BACK, null, now, actor);
        }
    }

    /** Texts the referral's columns cannot hold are refused before anything is written. */
    private static void checkLengths(HandoffManifest.Incoming in) {
        HandoffManifest.HandBackIn handBack = in.handBack();
        if (handBack != null) {
            limit(handBack.note(), NOTE_MAX, "outcome.note");
            limit(handBack.undisputedFacts(), FACTS_MAX, "outcome.undisputedFacts");
            limit(handBack.by(), NAME_MAX, "outcome.handedBackBy");
        }
        HandoffManifest.CourtOutcomeIn outcome = in.courtOutcome();
        if (outcome != null) {
            limit(outcome.number(), NUMBER_MAX, "courtOutcome.number");
            limit(outcome.note(), OUTCOME_NOTE_MAX, "courtOutcome.note");
            limit(outcome.by(), NAME_MAX, "courtOutcome.recordedBy");
        }
    }

    private static void limit(String text, int max, String field) {
        if (text != null && text.length() > max) {
            throw new QiaoException("handoff.check.manifestField", field);
        }
    }

    /** Writes a file of the package to its own folder under {@code folder}, keeping its name for the record. */
    private static Path extract(HandoffPackage.Opened opened, String path, Path folder) throws IOException {
        byte[] content = opened.contents().get(path);
        if (content == null) {
            throw new QiaoException("handoff.check.fileMissing", path);
        }
        String name = path.substring(path.lastIndexOf('/') + 1).replaceAll("[\\\\:*?\"<>|\\p{Cntrl}]", "_");
        Path own = Files.createTempDirectory(folder, "f");
        return Files.write(own.resolve(name.isBlank() || name.startsWith(".") ? "file" + name : name), content);
    }

    private static void deleteTree(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // the system clears its temporary folder; copies left there are only the package's own files
        }
    }
}
