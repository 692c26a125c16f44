package org.yingsu.litigation.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.yingsu.agencies.OfficialRole;
import org.yingsu.attachments.DocumentKind;
import org.yingsu.litigation.vocabulary.CourtFinding;
import org.yingsu.litigation.vocabulary.DelegationStatus;

/** R4: what a delegation (委托出庭) must be, and when it counts. */
public final class DelegationRules {

    /** Not blank, not boilerplate-short: whitespace padding does not make a reason specific. */
    public static final int MINIMUM_REASON_LENGTH = 10;

    /**
     * The papers of a delegation (art. 9: the explanation sealed by the agency or signed by its principal head): its
     * delegation letter or evidence. The bureau approves only with one of them attached, and the papers check lists
     * a delegation without them.
     */
    public static final Set<DocumentKind> PAPERS = Set.of(DocumentKind.DELEGATION_LETTER, DocumentKind.EVIDENCE);

    private DelegationRules() {
    }

    /** Approving needs the papers; rejecting does not (the comment says why). Historical ledger rows are exempt. */
    public static Optional<Violation> approvalProblem(boolean papersAttached) {
        if (!papersAttached) {
            return Optional.of(new Violation("delegation.approval-without-papers",
                    "cannot be approved without its delegation letter or evidence attached (art. 9: the explanation "
                            + "sealed by the agency or signed by its principal head); attach one, then approve"));
        }
        return Optional.empty();
    }

    public static Optional<Violation> reasonProblem(String reason) {
        if (reason == null || reason.strip().length() < MINIMUM_REASON_LENGTH) {
            return Optional.of(new Violation("delegation.reason-too-short",
                    "must explain specifically why the head cannot appear (at least " + MINIMUM_REASON_LENGTH
                            + " characters)"));
        }
        return Optional.empty();
    }

    /**
     * The delegate must be corresponding staff (art. 10) in post on the hearing's date: a staff member of the
     * defendant, or anyone but a lawyer of a lower-level or entrusted body, or for a government of its legal-affairs
     * body or the handling department. A head of the defendant appears in person; a lawyer alone never suffices.
     */
    public static Optional<Violation> delegateProblem(Post delegate, Standing standing, LocalDate hearingDate) {
        if (delegate.role() == OfficialRole.LAWYER) {
            return Optional.of(new Violation("delegation.delegate-lawyer",
                    "a lawyer alone is never a valid delegate; delegate a staff member (a lawyer may accompany)"));
        }
        if (standing == Standing.UNRELATED) {
            return Optional.of(new Violation("delegation.delegate-unrelated",
                    "the delegate must be corresponding staff: of the agency itself, of a lower-level or entrusted"
                            + " body under it, or for a government of its legal-affairs body or handling department"));
        }
        if (standing == Standing.OWN_AGENCY && delegate.role() != OfficialRole.STAFF) {
            return Optional.of(new Violation("delegation.delegate-head",
                    "a head of the agency appears in person; the delegate is a staff member"));
        }
        if (!delegate.inPostOn(hearingDate)) {
            return Optional.of(new Violation("delegation.delegate-not-in-post",
                    "the delegate is not in post on the hearing's date " + hearingDate));
        }
        return Optional.empty();
    }

    /** Filed on or before the hearing's date; a later one is accepted and recorded, and does not count. */
    public static boolean inTime(LocalDate filedOn, LocalDate hearingDate) {
        return !filedOn.isAfter(hearingDate);
    }

    /** Counts as approved: approved by the bureau, in time, and not found unacceptable by the court (art. 9). */
    public static boolean countsAsApproved(DelegationStatus status, LocalDate filedOn, LocalDate hearingDate,
            CourtFinding courtFinding) {
        return status == DelegationStatus.APPROVED && inTime(filedOn, hearingDate)
                && courtFinding != CourtFinding.NOT_ACCEPTED;
    }

    /** Still awaiting the bureau, in time, and not already found unacceptable by the court. */
    public static boolean awaitsReview(DelegationStatus status, LocalDate filedOn, LocalDate hearingDate,
            CourtFinding courtFinding) {
        return status == DelegationStatus.SUBMITTED && inTime(filedOn, hearingDate)
                && courtFinding != CourtFinding.NOT_ACCEPTED;
    }
}
