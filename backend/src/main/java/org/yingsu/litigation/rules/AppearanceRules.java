package org.yingsu.litigation.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.yingsu.agencies.OfficialRole;

/** Who counts at a hearing: R1 (the head), R5 (what is recorded but does not count), R6 (present at all). */
public final class AppearanceRules {

    private AppearanceRules() {
    }

    /**
     * R1: an official of the defendant itself, a head on the hearing's date, whose identity proof was not rejected
     * (art. 6). Heads of lower-level or other bodies are corresponding staff at most, never the defendant's head.
     */
    public static boolean countsAsHead(Post official, Standing standing, boolean proofRejected, LocalDate date) {
        return standing == Standing.OWN_AGENCY && official.headOn(date) && !proofRejected;
    }

    /**
     * R6 / art. 12(1)(3): somebody stood for the defendant — an official of the defendant other than a lawyer
     * (whatever their post dates), or corresponding staff of another body in post on the date; never on a rejected
     * proof.
     */
    public static boolean countsAsPresent(Post official, Standing standing, boolean proofRejected, LocalDate date) {
        if (proofRejected || official.role() == OfficialRole.LAWYER) {
            return false;
        }
        return switch (standing) {
            case OWN_AGENCY -> true;
            case LOWER_LEVEL_BODY, LEGAL_AFFAIRS_BODY, HANDLING_DEPARTMENT -> official.inPostOn(date);
            case UNRELATED -> false;
        };
    }

    /**
     * R5: what cannot be recorded at all. An appearance by someone who is not a head on that date is recorded (it
     * simply does not count); one by an official of an unrelated body, or at a hearing that was not held, is refused.
     */
    public static Optional<Violation> problem(Standing standing, boolean hearingHeld) {
        return hearingProblem(hearingHeld).or(() -> officialProblem(standing));
    }

    /** R5: an appearance at a hearing that was not held is refused. */
    public static Optional<Violation> hearingProblem(boolean hearingHeld) {
        return hearingHeld ? Optional.empty() : Optional.of(new Violation("appearance.hearing-not-held",
                "appearances are recorded only at a hearing that was held"));
    }

    /** R5: an appearance by an official of an unrelated body is refused. */
    public static Optional<Violation> officialProblem(Standing standing) {
        return standing != Standing.UNRELATED ? Optional.empty() : Optional.of(new Violation(
                "appearance.unrelated-official",
                "the official is neither of the defendant nor of a body that may stand in for it (R4)"));
    }

    /** R6: a head present who did not speak (出庭不出声) is flagged {@code SILENT_APPEARANCE}. */
    public static boolean silent(boolean countsAsHead, boolean spoke) {
        return countsAsHead && !spoke;
    }

    /** R6: a head who left without the court's leave is flagged {@code LEFT_EARLY}. */
    public static boolean leftEarly(boolean countsAsHead, boolean leftEarly) {
        return countsAsHead && leftEarly;
    }
}
