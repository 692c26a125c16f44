package org.yingsu.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.agencies.OfficialRole;
import org.yingsu.agencies.bulk.AgencyEntries.AgencyEntry;
import org.yingsu.agencies.bulk.AgencyEntries.AgencyRef;
import org.yingsu.agencies.bulk.AgencyEntries.OfficialEntry;
import org.yingsu.common.problem.Problem.FieldError;
import org.yingsu.common.problem.Problem;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.common.text.Labelled;
import org.yingsu.common.time.Shanghai;
import org.yingsu.intake.LedgerDtos.LedgerDocument;
import org.yingsu.litigation.bulk.CaseBulkWriter.CaseKey;
import org.yingsu.litigation.bulk.CaseBulkWriter;
import org.yingsu.litigation.bulk.CaseDocuments.AppearanceDesignation;
import org.yingsu.litigation.bulk.CaseDocuments.AppearanceDocument;
import org.yingsu.litigation.bulk.CaseDocuments.CaseDocument;
import org.yingsu.litigation.bulk.CaseDocuments.DelegationDocument;
import org.yingsu.litigation.bulk.CaseDocuments.HearingDocument;
import org.yingsu.litigation.bulk.CaseDocuments.NoticeDocument;
import org.yingsu.litigation.bulk.CaseDocuments.OutcomeDocument;
import org.yingsu.agencies.bulk.AgencyEntries.OfficialRef;
import org.yingsu.litigation.rules.AppearanceRules;
import org.yingsu.litigation.rules.DelegationRules;
import org.yingsu.litigation.rules.Standing;
import org.yingsu.litigation.vocabulary.AppearanceSource;
import org.yingsu.litigation.vocabulary.CourtFinding;
import org.yingsu.litigation.vocabulary.DelegationStatus;
import org.yingsu.litigation.vocabulary.DesignationBasis;
import org.yingsu.litigation.vocabulary.HearingStatus;
import org.yingsu.litigation.vocabulary.IdentityStatus;
import org.yingsu.litigation.vocabulary.MandatoryCategory;
import org.yingsu.litigation.vocabulary.OutcomeResult;
import org.yingsu.litigation.vocabulary.ReasonCategory;
import org.yingsu.litigation.vocabulary.TrialLevel;

/**
 * Checks a whole document before anything is written and reports every error with its exact path, so that a clerk
 * can fix the file in one go. The rules are litigation's (R4, R5, as litigation.rules states them for every door): an
 * impossible record is rejected, a merely late one is accepted.
 */
final class LedgerValidator {

    static final int MAX_REPORTED_ERRORS = 200;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private final References refs;
    private final boolean courtIntake;
    private final Map<String, String> invalidCodes;
    private final List<FieldError> errors = new ArrayList<>();

    /** {@code invalidCodes}: the coded values sent that are none of their enum's values, by path (see LedgerJson). */
    LedgerValidator(References refs, boolean courtIntake, Map<String, String> invalidCodes) {
        this.refs = refs;
        this.courtIntake = courtIntake;
        this.invalidCodes = invalidCodes;
    }

    List<FieldError> errors() {
        return errors;
    }

    /** Rejects the whole request with 422 when anything is wrong; nothing has been written at this point. */
    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw rejection(errors);
        }
    }

    static ProblemException rejection(List<FieldError> errors) {
        List<FieldError> shown = errors.size() > MAX_REPORTED_ERRORS ? errors.subList(0, MAX_REPORTED_ERRORS) : errors;
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message() + "; nothing was stored"
                : errors.size() + " errors" + (errors.size() > shown.size() ? " (the first " + shown.size()
                        + " are listed)" : "") + "; nothing was stored";
        return new ProblemException(new Problem("urn:yingsu:problem:rule-violated", "Document rejected", 422,
                detail, null, List.copyOf(shown)));
    }

    void ledger(LedgerDocument doc) {
        if (doc.format() == null) {
            error("format", "is required and must be \"" + LedgerDtos.FORMAT + "\"");
        } else if (!LedgerDtos.FORMAT.equals(doc.format())) {
            error("format", "must be \"" + LedgerDtos.FORMAT + "\"; this importer does not read \"" + doc.format()
                    + "\"");
        }
        agencies(doc.agencies());
        officials(doc.officials());
        cases("cases", doc.cases());
    }

    private void agencies(List<AgencyEntry> agencies) {
        if (agencies == null) {
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < agencies.size(); i++) {
            String p = "agencies[" + i + "]";
            AgencyEntry a = agencies.get(i);
            if (a == null) {
                error(p, "must be an agency, not null");
                continue;
            }
            if (code(p + ".code", a.code())) {
                Integer first = seen.putIfAbsent(a.code(), i);
                if (first != null) {
                    error(p + ".code", "agency " + a.code() + " is already listed at agencies[" + first + "]");
                }
            }
            text(p + ".name", a.name(), true, 200);
            coded(p + ".kind", a.kind(), true, AgencyKind.class);
            if (a.parentCode() != null) {
                if (refs.agency(a.parentCode()).isEmpty()) {
                    error(p + ".parentCode", "no agency has the code " + a.parentCode());
                } else if (a.parentCode().equals(a.code()) || cycleThrough(a.code())) {
                    error(p + ".parentCode", "an agency cannot be placed under itself or one of its own sub-agencies");
                }
            }
        }
    }

    private boolean cycleThrough(String code) {
        Set<String> visited = new HashSet<>();
        String current = code;
        while (current != null) {
            if (!visited.add(current)) {
                return current.equals(code);
            }
            current = refs.agency(current).map(AgencyRef::parentCode).orElse(null);
        }
        return false;
    }

    private void officials(List<OfficialEntry> officials) {
        if (officials == null) {
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < officials.size(); i++) {
            String p = "officials[" + i + "]";
            OfficialEntry o = officials.get(i);
            if (o == null) {
                error(p, "must be an official, not null");
                continue;
            }
            if (code(p + ".code", o.code())) {
                Integer first = seen.putIfAbsent(o.code(), i);
                if (first != null) {
                    error(p + ".code", "official " + o.code() + " is already listed at officials[" + first + "]");
                }
            }
            if (required(p + ".agencyCode", o.agencyCode())) {
                if (refs.agency(o.agencyCode()).isEmpty()) {
                    error(p + ".agencyCode", "no agency has the code " + o.agencyCode());
                } else {
                    String stored = refs.storedOfficialAgencies.get(o.code());
                    if (stored != null && !stored.equals(o.agencyCode())) {
                        error(p + ".agencyCode", "official " + o.code() + " is recorded in agency " + stored
                                + "; a change of post is a new official with a new code");
                    }
                }
            }
            text(p + ".name", o.name(), true, 100);
            coded(p + ".role", o.role(), true, OfficialRole.class);
            text(p + ".title", o.title(), false, 100);
            if (o.validFrom() == null) {
                error(p + ".validFrom", "is required: the first day in this post");
            } else if (o.validTo() != null && o.validTo().isBefore(o.validFrom())) {
                error(p + ".validTo", "must not be before validFrom (" + o.validFrom() + ")");
            }
        }
    }

    /** {@code prefix} is {@code cases} in a ledger and empty for court intake, whose body is the array itself. */
    void cases(String prefix, List<CaseDocument> cases) {
        if (cases == null) {
            return;
        }
        Map<CaseKey, Integer> seenCases = new HashMap<>();
        Map<String, String> seenNotices = new HashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            String p = prefix + "[" + i + "]";
            CaseDocument c = cases.get(i);
            if (c == null) {
                error(p, "must be a case document, not null");
                continue;
            }
            boolean keyed = text(p + ".court", c.court(), true, 200) & text(p + ".caseNumber", c.caseNumber(), true,
                    100);
            if (keyed) {
                Integer first = seenCases.putIfAbsent(new CaseKey(c.court(), c.caseNumber()), i);
                if (first != null) {
                    error(p + ".caseNumber", "case " + c.caseNumber() + " of " + c.court() + " is already at "
                            + prefix + "[" + first + "]; send each case once");
                }
            }
            coded(p + ".trialLevel", c.trialLevel(), true, TrialLevel.class);
            text(p + ".causeOfAction", c.causeOfAction(), false, 200);
            if (c.plaintiffs() != null) {
                for (int j = 0; j < c.plaintiffs().size(); j++) {
                    text(p + ".plaintiffs[" + j + "]", c.plaintiffs().get(j), true, 200);
                }
            }
            if (c.mandatoryCategories() != null) {
                for (int j = 0; j < c.mandatoryCategories().size(); j++) {
                    coded(p + ".mandatoryCategories[" + j + "]", c.mandatoryCategories().get(j), true,
                            MandatoryCategory.class);
                }
            }
            Set<String> defendants = defendants(p, c);
            designation(p + ".appearanceDesignation", c.appearanceDesignation(), defendants);
            if (c.handlingAgencyCode() != null && refs.agency(c.handlingAgencyCode()).isEmpty()) {
                error(p + ".handlingAgencyCode", "no agency has the code " + c.handlingAgencyCode());
            }
            if (c.hearings() != null) {
                Map<Instant, Integer> seenHearings = new HashMap<>();
                for (int h = 0; h < c.hearings().size(); h++) {
                    hearing(p + ".hearings[" + h + "]", c, c.hearings().get(h), defendants, seenHearings, h,
                            seenNotices);
                }
            }
            if (c.outcome() != null) {
                outcome(p + ".outcome", c.outcome());
            }
        }
    }

    /** art. 3: the designated defendants are defendants of the case, named on a stated basis. */
    private void designation(String p, AppearanceDesignation designation, Set<String> defendants) {
        if (designation == null) {
            return;
        }
        coded(p + ".basis", designation.basis(), true, DesignationBasis.class);
        if (designation.defendants() == null || designation.defendants().isEmpty()) {
            error(p + ".defendants", "must name at least one defendant whose head appears (art. 3)");
            return;
        }
        for (int j = 0; j < designation.defendants().size(); j++) {
            defendantAgency(p + ".defendants[" + j + "]", designation.defendants().get(j), defendants);
        }
    }

    /** The defendants a hearing's records may name: those sent and those already stored for the case. */
    private Set<String> defendants(String p, CaseDocument c) {
        Set<String> defendants = new LinkedHashSet<>();
        if (c.defendants() == null || c.defendants().isEmpty()) {
            error(p + ".defendants", "must name at least one defendant agency by its code");
        } else {
            for (int j = 0; j < c.defendants().size(); j++) {
                String code = c.defendants().get(j);
                if (required(p + ".defendants[" + j + "]", code)) {
                    if (refs.agency(code).isEmpty()) {
                        error(p + ".defendants[" + j + "]", "no agency has the code " + code);
                    } else {
                        defendants.add(code);
                    }
                }
            }
        }
        if (c.court() != null && c.caseNumber() != null) {
            defendants.addAll(refs.storedDefendants(c.court(), c.caseNumber()));
        }
        return defendants;
    }

    private void hearing(String p, CaseDocument c, HearingDocument hearing, Set<String> defendants,
            Map<Instant, Integer> seenHearings, int index, Map<String, String> seenNotices) {
        if (hearing == null) {
            error(p, "must be a hearing, not null");
            return;
        }
        if (hearing.scheduledAt() == null) {
            error(p + ".scheduledAt", "is required: the hearing's date and time, like 2022-03-01T09:30:00+08:00");
        } else {
            Integer first = seenHearings.putIfAbsent(hearing.scheduledAt().toInstant(), index);
            if (first != null) {
                error(p + ".scheduledAt", "the case already has a hearing at this time at hearings[" + first
                        + "]; send each hearing once");
            }
        }
        coded(p + ".status", hearing.status(), true, HearingStatus.class);
        LocalDate date = hearing.scheduledAt() == null ? null : Shanghai.dateOf(hearing.scheduledAt());
        if (hearing.notices() != null) {
            for (int n = 0; n < hearing.notices().size(); n++) {
                notice(p + ".notices[" + n + "]", c, hearing.notices().get(n), defendants, seenNotices);
            }
        }
        if (hearing.appearances() != null) {
            Set<String> seen = new HashSet<>();
            for (int a = 0; a < hearing.appearances().size(); a++) {
                appearance(p + ".appearances[" + a + "]", c, hearing.appearances().get(a), defendants,
                        hearing.status(), seen);
            }
        }
        if (hearing.delegations() != null) {
            Set<String> seen = new HashSet<>();
            for (int d = 0; d < hearing.delegations().size(); d++) {
                delegation(p + ".delegations[" + d + "]", c, hearing.delegations().get(d), defendants, date, seen);
            }
        }
    }

    private void notice(String p, CaseDocument c, NoticeDocument notice, Set<String> defendants,
            Map<String, String> seenNotices) {
        if (notice == null) {
            error(p, "must be a notice, not null");
            return;
        }
        text(p + ".court", notice.court(), false, 200);
        if (text(p + ".number", notice.number(), true, 100)) {
            String court = notice.court() != null ? notice.court() : c.court();
            String first = seenNotices.putIfAbsent(court + "\u0000" + notice.number(), p);
            if (first != null) {
                error(p + ".number", "notice " + notice.number() + " of " + court + " is already at " + first
                        + "; send each notice once");
            }
        }
        boolean agencyOk = defendantAgency(p + ".agencyCode", notice.agencyCode(), defendants);
        String court = notice.court() != null ? notice.court() : c.court();
        CaseBulkWriter.BoundNotice bound = refs.storedNotices.get(new CaseBulkWriter.NoticeKey(court,
                notice.number()));
        if (bound != null && agencyOk && (!bound.litigationCase().equals(new CaseKey(c.court(), c.caseNumber()))
                || !bound.agencyCode().equals(notice.agencyCode()))) {
            error(p + ".number", "notice " + notice.number() + " of " + court + " is already bound to case "
                    + bound.litigationCase().caseNumber() + " and agency " + bound.agencyCode()
                    + "; a notice is never moved: correct its number, or correct that case first");
        }
        if (notice.servedOn() == null) {
            error(p + ".servedOn", "is required: the date the notice was served, like 2022-02-20");
        }
    }

    /** How an official stands to a defendant of the case (R4): the same rule as the API's. */
    private Standing standing(OfficialRef official, String defendantCode, CaseDocument c) {
        AgencyRef defendant = refs.agency(defendantCode).orElseThrow();
        return Standing.of(refs.post(official), refs.agencyKey(defendantCode), defendant.kind(), refs.bureauKey(),
                refs.handlingKey(c.handlingAgencyCode()));
    }

    private void appearance(String p, CaseDocument c, AppearanceDocument appearance, Set<String> defendants,
            HearingStatus hearingStatus, Set<String> seen) {
        if (appearance == null) {
            error(p, "must be an appearance, not null");
            return;
        }
        if (hearingStatus != null) {
            AppearanceRules.hearingProblem(hearingStatus == HearingStatus.HELD)
                    .ifPresent(v -> error(p, v.message() + "; this hearing is " + hearingStatus));
        }
        AppearanceSource source = appearance.source();
        if (courtIntake) {
            if ((source != null && source != AppearanceSource.COURT) || invalidCodes.containsKey(p + ".source")) {
                error(p + ".source", "court intake records the court's own appearances; leave source out or send "
                        + "COURT");
            }
        } else {
            coded(p + ".source", source, false, AppearanceSource.class);
        }
        if (required(p + ".officialCode", appearance.officialCode())) {
            AppearanceSource effectiveSource = courtIntake ? AppearanceSource.COURT
                    : source == null ? AppearanceSource.AGENCY : source;
            if (!seen.add(appearance.officialCode() + "\u0000" + effectiveSource)) {
                error(p + ".officialCode", "official " + appearance.officialCode()
                        + " is already listed at this hearing from the same source; send each appearance once");
            }
            refs.official(appearance.officialCode()).ifPresentOrElse(official -> {
                // R4/R5: recorded for the defendant named (the official's own agency when left out); an official
                // of another body stands for it as corresponding staff, never as its head.
                String stoodFor = appearance.agencyCode() != null ? appearance.agencyCode() : official.agencyCode();
                if (!defendants.contains(stoodFor) || refs.agency(stoodFor).isEmpty()) {
                    boolean namedAnother = appearance.agencyCode() != null
                            && !appearance.agencyCode().equals(official.agencyCode());
                    error(namedAnother ? p + ".agencyCode" : p + ".officialCode",
                            "agency " + stoodFor + " is not a defendant of this case; official " + official.code()
                                    + " belongs to agency " + official.agencyCode());
                    return;
                }
                AppearanceRules.officialProblem(standing(official, stoodFor, c)).ifPresent(v -> error(
                        p + ".officialCode", v.message() + ": official " + official.code() + " belongs to agency "
                                + official.agencyCode() + ", which cannot stand for " + stoodFor));
            }, () -> error(p + ".officialCode", "no official has the code " + appearance.officialCode()));
        }
        if (appearance.spoke() == null) {
            error(p + ".spoke", "is required: true if the official spoke at the hearing (出声), else false");
        }
        coded(p + ".identityStatus", appearance.identityStatus(), false, IdentityStatus.class);
    }

    /** {@code hearingDate}: null when the hearing's time is missing, and then the delegate's post is not judged. */
    private void delegation(String p, CaseDocument c, DelegationDocument delegation, Set<String> defendants,
            LocalDate hearingDate,
            Set<String> seen) {
        if (delegation == null) {
            error(p, "must be a delegation, not null");
            return;
        }
        boolean agencyOk = defendantAgency(p + ".agencyCode", delegation.agencyCode(), defendants);
        coded(p + ".reasonCategory", delegation.reasonCategory(), true, ReasonCategory.class);
        if (delegation.reason() == null || delegation.reason().isBlank()) {
            error(p + ".reason", "is required: the specific written reason why the head cannot appear");
        } else {
            DelegationRules.reasonProblem(delegation.reason()).ifPresent(v -> error(p + ".reason", v.message()));
        }
        if (required(p + ".delegateOfficialCode", delegation.delegateOfficialCode())) {
            refs.official(delegation.delegateOfficialCode()).ifPresentOrElse(delegate -> {
                if (agencyOk && delegate.role() != null && hearingDate != null) {
                    Standing standing = standing(delegate, delegation.agencyCode(), c);
                    DelegationRules.delegateProblem(refs.post(delegate), standing, hearingDate)
                            .ifPresent(v -> error(p + ".delegateOfficialCode", v.message() + "; " + delegate.code()
                                    + " is " + delegate.role() + " of agency " + delegate.agencyCode()));
                }
            }, () -> error(p + ".delegateOfficialCode", "no official has the code "
                    + delegation.delegateOfficialCode()));
        }
        if (delegation.filedOn() == null) {
            error(p + ".filedOn", "is required: the date the delegation was filed");
        } else if (delegation.agencyCode() != null
                && !seen.add(delegation.agencyCode() + "\u0000" + delegation.filedOn())) {
            error(p + ".filedOn", "agency " + delegation.agencyCode() + " already has a delegation filed on "
                    + delegation.filedOn() + " for this hearing in this document");
        }
        coded(p + ".status", delegation.status(), false, DelegationStatus.class);
        coded(p + ".courtFinding", delegation.courtFinding(), false, CourtFinding.class);
    }

    private void outcome(String p, OutcomeDocument outcome) {
        coded(p + ".result", outcome.result(), true, OutcomeResult.class);
        if (outcome.concludedOn() == null) {
            error(p + ".concludedOn", "is required: the date the case was concluded");
        }
    }

    private boolean defendantAgency(String field, String code, Set<String> defendants) {
        if (!required(field, code)) {
            return false;
        }
        if (refs.agency(code).isEmpty()) {
            error(field, "no agency has the code " + code);
            return false;
        }
        if (!defendants.contains(code)) {
            error(field, "agency " + code + " is not a defendant of this case");
            return false;
        }
        return true;
    }

    private boolean code(String field, String value) {
        if (!text(field, value, true, 64)) {
            return false;
        }
        if (!CODE.matcher(value).matches()) {
            error(field, "must be letters, digits, '-', '_' or '.'");
            return false;
        }
        return true;
    }

    private boolean required(String field, String value) {
        if (value == null || value.isBlank()) {
            error(field, "is required");
            return false;
        }
        return true;
    }

    private boolean text(String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                error(field, "is required");
            } else if (value != null) {
                error(field, "must not be blank; leave it out instead");
            }
            return false;
        }
        if (value.length() > max) {
            error(field, "must be at most " + max + " characters");
            return false;
        }
        return true;
    }

    /** A coded value: one of its enum's values, or reported with the value sent and the allowed ones. */
    private <E extends Enum<E>> void coded(String field, E value, boolean required, Class<E> type) {
        if (value != null) {
            return;
        }
        String sent = invalidCodes.get(field);
        if (sent != null) {
            error(field, "\"" + sent + "\" is not allowed; must be " + Labelled.oneOf(type));
        } else if (required) {
            error(field, "is required: " + Labelled.oneOf(type));
        }
    }

    private void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }
}
