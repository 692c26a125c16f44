package org.yingsu.intake;

import java.util.List;
import java.util.function.UnaryOperator;
import org.yingsu.agencies.bulk.AgencyEntries.AgencyEntry;
import org.yingsu.agencies.bulk.AgencyEntries.OfficialEntry;
import org.yingsu.intake.LedgerDtos.LedgerDocument;
import org.yingsu.litigation.bulk.CaseDocuments.AppearanceDesignation;
import org.yingsu.litigation.bulk.CaseDocuments.AppearanceDocument;
import org.yingsu.litigation.bulk.CaseDocuments.CaseDocument;
import org.yingsu.litigation.bulk.CaseDocuments.DelegationDocument;
import org.yingsu.litigation.bulk.CaseDocuments.HearingDocument;
import org.yingsu.litigation.bulk.CaseDocuments.NoticeDocument;
import org.yingsu.litigation.bulk.CaseDocuments.OutcomeDocument;

/**
 * Strips the spaces clerks and spreadsheets leave around values, so that " YB-GOV" finds YB-GOV and a second import
 * of the same file compares equal (coded values are stripped as they are read, by LedgerJson). Blank strings stay
 * blank for the validator to name.
 */
final class Documents {

    private Documents() {
    }

    static LedgerDocument clean(LedgerDocument d) {
        return new LedgerDocument(strip(d.format()), map(d.agencies(), Documents::clean),
                map(d.officials(), Documents::clean), map(d.cases(), Documents::clean));
    }

    static AgencyEntry clean(AgencyEntry a) {
        return a == null ? null : new AgencyEntry(strip(a.code()), strip(a.name()), a.kind(),
                strip(a.parentCode()));
    }

    static OfficialEntry clean(OfficialEntry o) {
        return o == null ? null : new OfficialEntry(strip(o.code()), strip(o.agencyCode()), strip(o.name()),
                o.role(), strip(o.title()), o.validFrom(), o.validTo());
    }

    static List<CaseDocument> cleanCases(List<CaseDocument> cases) {
        return map(cases, Documents::clean);
    }

    static CaseDocument clean(CaseDocument c) {
        return c == null ? null : new CaseDocument(strip(c.court()), strip(c.caseNumber()), c.trialLevel(),
                c.filedOn(), strip(c.causeOfAction()), keepWhenEmpty(map(c.plaintiffs(), Documents::strip)),
                map(c.defendants(), Documents::strip), keepWhenEmpty(c.mandatoryCategories()),
                map(c.hearings(), Documents::clean), clean(c.outcome()), clean(c.appearanceDesignation()),
                strip(c.handlingAgencyCode()));
    }

    static HearingDocument clean(HearingDocument h) {
        return h == null ? null : new HearingDocument(h.scheduledAt(), h.status(),
                map(h.notices(), Documents::clean), map(h.appearances(), Documents::clean),
                map(h.delegations(), Documents::clean));
    }

    static NoticeDocument clean(NoticeDocument n) {
        return n == null ? null : new NoticeDocument(strip(n.court()), strip(n.number()), strip(n.agencyCode()),
                n.servedOn());
    }

    static AppearanceDocument clean(AppearanceDocument a) {
        return a == null ? null : new AppearanceDocument(strip(a.agencyCode()), strip(a.officialCode()), a.spoke(),
                a.leftEarly(), a.identityStatus(), a.source());
    }

    static DelegationDocument clean(DelegationDocument d) {
        return d == null ? null : new DelegationDocument(strip(d.agencyCode()), d.reasonCategory(),
                strip(d.reason()), strip(d.delegateOfficialCode()), d.filedOn(), d.status(), d.courtFinding());
    }

    static AppearanceDesignation clean(AppearanceDesignation d) {
        return d == null ? null : new AppearanceDesignation(map(d.defendants(), Documents::strip), d.basis());
    }

    static OutcomeDocument clean(OutcomeDocument o) {
        return o == null ? null : new OutcomeDocument(o.result(), o.concludedOn(), o.coordinated());
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /**
     * In a document an empty list means the same as a missing one: keep what is stored. Generated clients send
     * {@code []} for every list they were not given, so an outcome-only update would otherwise wipe the case's
     * plaintiffs and categories; they are cleared on the case itself ({@code PUT /api/cases/{id}}).
     */
    private static <T> List<T> keepWhenEmpty(List<T> list) {
        return list == null || list.isEmpty() ? null : list;
    }

    private static <T> List<T> map(List<T> list, UnaryOperator<T> f) {
        if (list == null) {
            return null;
        }
        // Arrays.asList keeps nulls, which the validator reports by position.
        @SuppressWarnings("unchecked")
        T[] out = (T[]) new Object[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i) == null ? null : f.apply(list.get(i));
        }
        return java.util.Arrays.asList(out);
    }
}
