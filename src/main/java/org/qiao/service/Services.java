// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

/**
 * The use cases over one open database, as the desktop window and the command line see them.
 *
 * @param databaseDescription where the data lives, for the settings screen (never a password)
 */
public record Services(AuthService auth, OverviewService overview, DemoDataService demoData,
                       CalendarService calendar, String databaseDescription, IntakeService intake,
                       CaseStatusService caseStatus, DraftService drafts, EvidenceService evidence,
                       StudioService studios, CaseLedgerService ledger,
                       MediationClockService mediationClock, AgreementService agreements,
                       SessionService sessions, PaymentService payments,
                       CourtService courts, ReferralService referrals,
                       HandBackService handBacks, ReferralBoardService referralBoard, HandoffService handoffs) {
}
