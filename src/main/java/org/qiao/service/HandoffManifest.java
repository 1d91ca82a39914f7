// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.qiao.domain.QiaoException;
import org.qiao.domain.agreement.AgreedAmount;
import org.qiao.domain.agreement.Agreement;
import org.qiao.domain.cases.Claim;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.cases.Employer;
import org.qiao.domain.cases.Worker;
import org.qiao.domain.cases.WorkerGroup;
import org.qiao.domain.court.CourtOutcome;
import org.qiao.domain.court.HandBackReason;
import org.qiao.domain.court.MaterialKind;
import org.qiao.domain.court.Referral;
import org.qiao.domain.court.ReferralMaterial;
import org.qiao.domain.court.ReferralType;
import org.qiao.domain.handoff.PackageKind;
import org.qiao.domain.money.Money;

/**
 * The manifest of an exchange package (docs/handoff-format.md, format version 1) written from a case and read back
 * into a referral form and a hand-back. Absent values are left out rather than written as {@code null}; dates are
 * ISO ({@code 2026-03-02}), amounts decimal strings with two places ({@code "8000.00"}), enumerations by name.
 */
final class HandoffManifest {

    private HandoffManifest() {
    }

    /** What a case's manifest is built from, read in one transaction. */
    record Source(PackageKind kind, OffsetDateTime createdAt, String senderName, String fingerprint,
                  DisputeCase disputeCase, Referral referral, Set<Long> representatives,
                  List<ReferralMaterial> materials, Map<Long, String> materialFiles, Agreement agreement,
                  Map<Long, Money> paid) {
    }

    static ObjectNode build(Source s) {
        ObjectNode m = HandoffPackage.JSON.createObjectNode();
        m.put("format", HandoffPackage.FORMAT);
        m.put("formatVersion", HandoffPackage.VERSION);
        m.put("kind", s.kind().name());
        m.put("createdAt",
            s.createdAt().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        m.putObject("sender").put("name", s.senderName()).put("keyFingerprint", s.fingerprint());
        DisputeCase c = s.disputeCase();
        Referral r = s.referral();
        ObjectNode referral = m.putObject("referral");
        referral.put("type", r.getType().name());
        referral.putObject("court").put("code", r.getCourt().getCode()).put("name", r.getCourt().getName());
        referral.put("courtCaseNumber", r.getCourtCaseNumber());
        referral.put("judge", r.getJudgeName());
        put(referral, "judgeContact", r.getJudgeContact());
        referral.put("signedForDate", r.getSignedForDate().toString());
        referral.put("simpleProcedure", c.isSimpleProcedure());
        ArrayNode materials = referral.putArray("materials");
        for (ReferralMaterial material : s.materials()) {
            ObjectNode item = materials.addObject().put("kind", material.getMaterial().name());
            put(item, "note", material.getNote());
            put(item, "file", s.materialFiles().get(material.getId()));
        }
        ObjectNode theCase = m.putObject("case");
        theCase.put("caseNumber", c.getCaseNumber());
        theCase.put("regionCode", c.getRegionCode());
        put(theCase, "facts", c.getFacts());
        put(theCase, "requests", c.getRequests());
        Employer e = c.getEmployer();
        ObjectNode employer = m.putObject("employer").put("name", e.getName());
        put(employer, "creditCode", e.getCreditCode());
        put(employer, "legalRepresentative", e.getLegalRepresentative());
        put(employer, "address", e.getAddress());
        put(employer, "phone", e.getPhone());
        put(employer, "industry", e.getIndustry());
        ArrayNode workers = m.putArray("workers");
        List<Worker> parties = c.getWorkers();
        for (Worker w : parties) {
            ObjectNode worker = workers.addObject().put("name", w.getName());
            put(worker, "residentId", w.getResidentId());
            put(worker, "phone", w.getPhone());
            put(worker, "address", w.getAddress());
            ArrayNode groups = worker.putArray("groups");
            w.getGroups().stream().sorted().forEach(g -> groups.add(g.name()));
            worker.put("representative", s.representatives().contains(w.getId()));
            ArrayNode claims = worker.putArray("claims");
            for (Claim claim : c.getClaims()) {
                if (claim.getWorker().getId().equals(w.getId())) {
                    ObjectNode item = claims.addObject().put("category", claim.getCategory().name())
                        .put("amount", claim.getMoney().toPlainString());
                    put(item, "periodFrom", claim.getPeriodFrom());
                    put(item, "periodTo", claim.getPeriodTo());
                    put(item, "note", claim.getNote());
                }
            }
        }
        if (r.getHandBackKind() != null) {
            m.set("outcome", outcome(s, parties));
        }
        if (r.getCourtOutcome() != null) {
            ObjectNode court = m.putObject("courtOutcome").put("outcome", r.getCourtOutcome().name());
            put(court, "number", r.getCourtOutcomeNumber());
            court.put("date", r.getCourtOutcomeDate().toString());
            put(court, "note", r.getCourtOutcomeNote());
            put(court, "recordedBy", r.getOutcomeRecordedBy());
        }
        return m;
    }

    private static ObjectNode outcome(Source s, List<Worker> parties) {
        Referral r = s.referral();
        ObjectNode outcome = HandoffPackage.JSON.createObjectNode();
        outcome.put("handBackKind", r.getHandBackKind().name());
        outcome.put("reason", r.getHandBackReason().name());
        outcome.put("date", r.getHandedBackDate().toString());
        put(outcome, "note", r.getHandBackNote());
        put(outcome, "undisputedFacts", r.getUndisputedFacts());
        put(outcome, "handedBackBy", r.getHandedBackBy());
        put(outcome, "confirmationAppliedDate", r.getConfirmationAppliedDate());
        Agreement a = s.agreement();
        if (a != null) {
            ObjectNode agreement = outcome.putObject("agreement");
            agreement.put("number", a.getAgreementNumber());
            agreement.put("version", a.getAgreementVersion());
            put(agreement, "signedDate", a.getSignedDate());
            put(agreement, "contentSha256", a.getContentSha256());
            ArrayNode amounts = agreement.putArray("amounts");
            for (AgreedAmount item : a.getItems()) {
                int index = indexOf(parties, item.getWorkerId());
                amounts.addObject().put("worker", index).put("workerName", parties.get(index).getName())
                    .put("category", item.getCategory().name()).put("amount", item.getAmount().toPlainString());
            }
            ArrayNode paid = agreement.putArray("paid");
            for (int i = 0; i < parties.size(); i++) {
                Money sum = s.paid().getOrDefault(parties.get(i).getId(), Money.ZERO);
                paid.addObject().put("worker", i).put("workerName", parties.get(i).getName())
                    .put("amount", sum.toPlainString());
            }
        }
        return outcome;
    }

    private static int indexOf(List<Worker> parties, long workerId) {
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i).getId() == workerId) {
                return i;
            }
        }
        throw new IllegalStateException("agreed amount for worker " + workerId + " who is not a party");
    }

    private static void put(ObjectNode node, String field, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            node.put(field, value.toString());
        }
    }

    // ---- reading ----

    /** The referral's side as a package carries it, ready for {@link ReferralService#register}. */
    record Incoming(PackageKind kind, String senderName, ReferralType type, String courtCode, String courtName,
                    String courtCaseNumber, String caseNumber, String judge, String judgeContact,
                    LocalDate signedForDate, boolean simpleProcedure, String regionCode,
                    List<MaterialIn> materials, IntakeForm.EmployerEntry employer,
                    List<IntakeForm.WorkerEntry> workers, String facts, String requests, HandBackIn handBack,
                    CourtOutcomeIn courtOutcome) {
    }

    /** A material of the referral; {@code file} is the package path of its scan, or {@code null}. */
    record MaterialIn(MaterialKind kind, String note, String file) {
    }

    record HandBackIn(HandBackReason reason, LocalDate date, String note, String undisputedFacts, String by,
                      LocalDate confirmationAppliedDate) {
    }

    record CourtOutcomeIn(CourtOutcome outcome, String number, LocalDate date, String note, String by) {
    }

    /**
     * The manifest read into what an import stores; {@code null} fields where the manifest leaves them out.
     *
     * @throws QiaoException {@code handoff.check.manifestField} naming the first field that is missing or wrong
     */
    static Incoming read(ObjectNode m) {
        PackageKind kind = enumOf(m, "kind", PackageKind::valueOf);
        JsonNode referral = object(m, "referral");
        JsonNode court = object(referral, "court");
        List<MaterialIn> materials = new ArrayList<>();
        JsonNode materialList = referral.path("materials");
        for (int i = 0; i < materialList.size(); i++) {
            JsonNode item = materialList.get(i);
            materials.add(new MaterialIn(enumOf(item, "kind", MaterialKind::valueOf, "referral.materials[" + i + "]"),
                text(item, "note"), text(item, "file")));
        }
        JsonNode theCase = m.path("case");
        JsonNode e = object(m, "employer");
        IntakeForm.EmployerEntry employer = new IntakeForm.EmployerEntry(null, text(e, "name"), text(e, "creditCode"),
            text(e, "legalRepresentative"), text(e, "address"), text(e, "phone"), text(e, "industry"), null);
        List<IntakeForm.WorkerEntry> workers = new ArrayList<>();
        JsonNode workerList = m.path("workers");
        if (!workerList.isArray()) {
            throw field("workers");
        }
        for (int i = 0; i < workerList.size(); i++) {
            workers.add(worker(workerList.get(i), "workers[" + i + "]"));
        }
        return new Incoming(kind, text(m.path("sender"), "name"),
            enumOf(referral, "type", ReferralType::valueOf, "referral.type"), required(court, "code", "referral.court"),
            text(court, "name"), required(referral, "courtCaseNumber", "referral.courtCaseNumber"),
            text(theCase, "caseNumber"), text(referral, "judge"), text(referral, "judgeContact"),
            date(referral, "signedForDate", "referral.signedForDate"), referral.path("simpleProcedure").asBoolean(),
            text(theCase, "regionCode"), materials, employer, workers, text(theCase, "facts"),
            text(theCase, "requests"), handBack(kind, m), courtOutcome(m));
    }

    private static IntakeForm.WorkerEntry worker(JsonNode w, String at) {
        Set<WorkerGroup> groups = EnumSet.noneOf(WorkerGroup.class);
        JsonNode groupList = w.path("groups");
        for (int j = 0; j < groupList.size(); j++) {
            String name = groupList.get(j).asText();
            try {
                groups.add(WorkerGroup.valueOf(name));
            } catch (IllegalArgumentException ex) {
                throw field(at + ".groups[" + j + "]");
            }
        }
        List<IntakeForm.ClaimEntry> claims = new ArrayList<>();
        JsonNode claimList = w.path("claims");
        for (int j = 0; j < claimList.size(); j++) {
            JsonNode c = claimList.get(j);
            String claimAt = at + ".claims[" + j + "]";
            claims.add(new IntakeForm.ClaimEntry(enumOf(c, "category", DisputeCategory::valueOf, claimAt + ".category"),
                amount(c, claimAt + ".amount"), date(c, "periodFrom", claimAt + ".periodFrom"),
                date(c, "periodTo", claimAt + ".periodTo"), text(c, "note")));
        }
        return new IntakeForm.WorkerEntry(text(w, "name"), text(w, "residentId"), text(w, "phone"),
            text(w, "address"), groups, w.path("representative").asBoolean(), claims);
    }

    /** An amount as a plain decimal string, e.g. {@code "8000.00"}; grouping or a currency sign is not the format. */
    private static String amount(JsonNode c, String at) {
        String text = text(c, "amount");
        if (text == null || !text.matches("\\d+(\\.\\d{1,2})?")) {
            throw field(at);
        }
        return Money.of(new BigDecimal(text)).toPlainString();
    }

    private static HandBackIn handBack(PackageKind kind, ObjectNode m) {
        JsonNode outcome = m.path("outcome");
        if (kind != PackageKind.HANDBACK) {
            return null;
        }
        if (!outcome.isObject()) {
            throw field("outcome");
        }
        return new HandBackIn(enumOf(outcome, "reason", HandBackReason::valueOf, "outcome.reason"),
            required(outcome, "date", "outcome.date") == null ? null : date(outcome, "date", "outcome.date"),
            text(outcome, "note"), text(outcome, "undisputedFacts"), text(outcome, "handedBackBy"),
            date(outcome, "confirmationAppliedDate", "outcome.confirmationAppliedDate"));
    }

    private static CourtOutcomeIn courtOutcome(ObjectNode m) {
        JsonNode court = m.path("courtOutcome");
        if (!court.isObject()) {
            return null;
        }
        required(court, "date", "courtOutcome.date");
        return new CourtOutcomeIn(enumOf(court, "outcome", CourtOutcome::valueOf, "courtOutcome.outcome"),
            text(court, "number"), date(court, "date", "courtOutcome.date"), text(court, "note"),
            text(court, "recordedBy"));
    }

    private static JsonNode object(JsonNode parent, String field) {
        JsonNode node = parent.path(field);
        if (!node.isObject()) {
            throw field(field);
        }
        return node;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static String required(JsonNode node, String field, String name) {
        String text = text(node, field);
        if (text == null) {
            throw field(name + (name.endsWith(field) ? "" : "." + field));
        }
        return text;
    }

    private static LocalDate date(JsonNode node, String field, String name) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw field(name);
        }
    }

    private static <E extends Enum<E>> E enumOf(JsonNode node, String field, Function<String, E> parse) {
        return enumOf(node, field, parse, field);
    }

    private static <E extends Enum<E>> E enumOf(JsonNode node, String field, Function<String, E> parse,
        String name) {
        String text = text(node, field);
        if (text == null) {
            throw field(name);
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw field(name);
        }
    }

    private static QiaoException field(String name) {
        return new QiaoException("handoff.check.manifestField", name);
    }
}
