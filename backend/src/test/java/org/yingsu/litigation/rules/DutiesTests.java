package org.yingsu.litigation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.agencies.OfficialRole;
import org.yingsu.litigation.rules.Duties.AppearanceFact;
import org.yingsu.litigation.rules.Duties.CaseFacts;
import org.yingsu.litigation.rules.Duties.Defendant;
import org.yingsu.litigation.rules.Duties.DelegationFact;
import org.yingsu.litigation.rules.Duties.Duty;
import org.yingsu.litigation.rules.Duties.HearingFacts;
import org.yingsu.litigation.rules.Duties.HearingFigures;
import org.yingsu.litigation.rules.Duties.Kind;
import org.yingsu.litigation.rules.Duties.NoticeFact;
import org.yingsu.litigation.rules.Duties.Status;
import org.yingsu.litigation.vocabulary.CourtFinding;
import org.yingsu.litigation.vocabulary.DelegationStatus;
import org.yingsu.litigation.vocabulary.HearingStatus;

/** The duty of the figures (docs/domain.md, "the duty"), one scenario per corrected rule. */
class DutiesTests {

    static final long DEPARTMENT = 10;
    static final long REVIEWER = 11;
    static final long GOVERNMENT = 1;
    static final long BUREAU = 2;
    static final long TOWN_UNDER_DEPARTMENT = 12;
    static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    static final Post HEAD = new Post(100, DEPARTMENT, GOVERNMENT, OfficialRole.PRINCIPAL, SINCE, null);
    static final Post STAFF = new Post(101, DEPARTMENT, GOVERNMENT, OfficialRole.STAFF, SINCE, null);
    static final Post LAWYER = new Post(102, DEPARTMENT, GOVERNMENT, OfficialRole.LAWYER, SINCE, null);
    static final Post REVIEWER_HEAD = new Post(110, REVIEWER, GOVERNMENT, OfficialRole.DEPUTY, SINCE, null);
    static final Post LOWER_BODY_HEAD = new Post(120, TOWN_UNDER_DEPARTMENT, DEPARTMENT, OfficialRole.PRINCIPAL,
            SINCE, null);

    @Test
    void r1Art7AHeadAtTheDecemberHearingDischargesTheDutyAndTheJanuaryHearingWithoutHimIsNoNewCase() {
        CaseFacts facts = new CaseBuilder(DEPARTMENT)
                .held("2022-12-20T09:30", h -> h.appeared(DEPARTMENT, HEAD))
                .held("2023-01-10T09:30", h -> h.appeared(DEPARTMENT, STAFF))
                .build();
        Duties.Result result = Duties.of(facts);
        assertEquals(1, result.duties().size());
        Duty duty = result.duties().get(0);
        assertEquals(Kind.BASE, duty.kind());
        assertEquals(LocalDate.of(2022, 12, 20), duty.date());
        assertEquals(Status.MET, duty.status());
    }

    @Test
    void r1Art7AHeadWhoAppearedOnlyAtALaterHearingMeetsTheBaseDutyInThePeriodOfTheFirst() {
        Duty duty = onlyDuty(new CaseBuilder(DEPARTMENT)
                .held("2022-03-01T09:30", h -> h.appeared(DEPARTMENT, STAFF))
                .held("2022-07-01T09:30", h -> h.appeared(DEPARTMENT, HEAD))
                .build());
        assertEquals(LocalDate.of(2022, 3, 1), duty.date());
        assertEquals(Status.MET, duty.status());
    }

    @Test
    void r1Art7ANoticeForALaterHearingAfterTheHeadAppearedRenewsTheDutyAtThatHearing() {
        CaseFacts facts = new CaseBuilder(DEPARTMENT)
                .held("2022-03-01T09:30", h -> h.appeared(DEPARTMENT, HEAD))
                .held("2022-05-01T09:30", h -> h.notice(DEPARTMENT, "2022-04-20").appeared(DEPARTMENT, STAFF))
                .build();
        List<Duty> duties = Duties.of(facts).duties();
        assertEquals(2, duties.size());
        assertEquals(Status.MET, duties.get(0).status());
        Duty renewed = duties.get(1);
        assertEquals(Kind.RENEWED, renewed.kind());
        assertEquals(LocalDate.of(2022, 5, 1), renewed.date());
        assertEquals(Status.UNJUSTIFIED, renewed.status());
        assertEquals(List.of(renewed.hearingId()), renewed.coveredHearingIds());
    }

    @Test
    void r1Art7ANoticeBeforeTheHeadEverAppearedRenewsNothing() {
        List<Duty> duties = Duties.of(new CaseBuilder(DEPARTMENT)
                .held("2022-03-01T09:30", h -> h.notice(DEPARTMENT, "2022-02-20").appeared(DEPARTMENT, STAFF))
                .held("2022-05-01T09:30", h -> h.notice(DEPARTMENT, "2022-04-20").appeared(DEPARTMENT, HEAD))
                .build()).duties();
        assertEquals(1, duties.size());
        assertEquals(Status.MET, duties.get(0).status());
    }

    @Test
    void r5AnApprovedDelegationAtTheFirstHearingAndNothingAtTheSecondIsUnjustifiedOnce() {
        Duty duty = onlyDuty(new CaseBuilder(DEPARTMENT)
                .held("2022-03-01T09:30", h -> h.delegated(DEPARTMENT, DelegationStatus.APPROVED, "2022-02-25", null))
                .held("2022-04-01T09:30", h -> h.appeared(DEPARTMENT, STAFF))
                .build());
        assertEquals(Status.UNJUSTIFIED, duty.status());
        assertEquals(2, duty.coveredHearingIds().size());
    }

    @Test
    void r5ApprovedDelegationsInTimeAtEveryHeldHearingJustifyTheAbsence() {
        Duty duty = onlyDuty(new CaseBuilder(DEPARTMENT)
                .held("2022-03-01T09:30", h -> h.delegated(DEPARTMENT, DelegationStatus.APPROVED, "2022-03-01", null))
                .scheduled("2022-03-15T09:30")
                .held("2022-04-01T09:30", h -> h.delegated(DEPARTMENT, DelegationStatus.APPROVED, "2022-03-30", null))
                .build());
        assertEquals(Status.JUSTIFIED, duty.status());
    }

    @Test
    void r5OneHearingStillAwaitingReviewMakesTheAbsencePending() {
        Duty duty = onlyDuty(new CaseBuilder(DEPARTMENT)
                .held("2022-03-01T09:30", h -> h.delegated(DEPARTMENT, DelegationStatus.APPROVED, "2022-02-25", null))
                .held("2022-04-01T09:30", h -> h.delegated(DEPARTMENT, DelegationStatus.SUBMITTED, "2022-03-28", null))
                .build());
        assertEquals(Status.PENDING, duty.status());
    }

    @Test
    void r4ALateDelegationIsRecordedButDoesNotJustify() {
        Duty duty = onlyDuty(new CaseBuilder(DEPARTMENT)
                .held("2022-03-01T09:30", h -> h.delegated(DEPARTMENT, DelegationStatus.APPROVED, "2022-03-02", null))
                .build());
        assertEquals(Status.UNJUSTIFIED, duty.status());
    }

    @Test
    void art9ADelegationTheCourtDidNotAcceptCountsAsNotApprovedWhateverTheBureauDecided() {
        assertEquals(Status.UNJUSTIFIED, onlyDuty(new CaseBuilder(DEPARTMENT)
                .held("2022-03-01T09:30", h -> h.delegated(DEPARTMENT, DelegationStatus.APPROVED, "2022-02-25",
                        CourtFinding.NOT_ACCEPTED))
                .build()).status());
        assertEquals(Status.UNJUSTIFIED, onlyDuty(new CaseBuilder(DEPARTMENT)
                .held("2022-03-01T09:30", h -> h.delegated(DEPARTMENT, DelegationStatus.SUBMITTED, "2022-02-25",
                        CourtFinding.NOT_ACCEPTED))
                .build()).status());
        assertEquals(Status.JUSTIFIED, onlyDuty(new CaseBuilder(DEPARTMENT)
                .held("2022-03-01T09:30", h -> h.delegated(DEPARTMENT, DelegationStatus.APPROVED, "2022-02-25",
                        CourtFinding.ACCEPTED))
                .build()).status());
    }

    @Test
    void art3OnlyTheDesignatedCoDefendantHasADutyAndTheOtherStillCountsInTheHearingFigures() {
        Duties.Result result = Duties.of(new CaseBuilder(DEPARTMENT, REVIEWER)
                .designate(REVIEWER)
                .held("2022-03-01T09:30", h -> h.appeared(REVIEWER, REVIEWER_HEAD))
                .build());
        assertEquals(1, result.duties().size());
        assertEquals(REVIEWER, result.duties().get(0).agencyId());
        assertEquals(Status.MET, result.duties().get(0).status());
        HearingFigures department = figures(result, DEPARTMENT);
        assertTrue(department.defends());
        assertTrue(department.noOneAppeared(), "nobody stood for the undesignated defendant at the hearing");
    }

    @Test
    void art3WithoutADesignationEveryCoDefendantMustAppear() {
        Duties.Result result = Duties.of(new CaseBuilder(DEPARTMENT, REVIEWER)
                .held("2022-03-01T09:30", h -> h.appeared(REVIEWER, REVIEWER_HEAD))
                .build());
        assertEquals(2, result.duties().size());
        assertEquals(Status.UNJUSTIFIED, result.duties().stream().filter(d -> d.agencyId() == DEPARTMENT)
                .findFirst().orElseThrow().status());
    }

    @Test
    void r4Art10TheHeadOfALowerLevelBodyIsPresentStaffNeverTheDefendantsHead() {
        Duties.Result result = Duties.of(new CaseBuilder(DEPARTMENT)
                .held("2022-03-01T09:30", h -> h.appeared(DEPARTMENT, LOWER_BODY_HEAD))
                .build());
        assertEquals(Status.UNJUSTIFIED, result.duties().get(0).status());
        HearingFigures figures = figures(result, DEPARTMENT);
        assertFalse(figures.headAppeared());
        assertFalse(figures.noOneAppeared());
    }

    @Test
    void r1AHeadWhoseIdentityProofWasRejectedIsAbsentAndNobodyAppeared() {
        Duties.Result result = Duties.of(new CaseBuilder(DEPARTMENT)
                .held("2022-03-01T09:30", h -> h.appearedWithRejectedProof(DEPARTMENT, HEAD))
                .build());
        assertEquals(Status.UNJUSTIFIED, result.duties().get(0).status());
        assertTrue(figures(result, DEPARTMENT).noOneAppeared());
    }

    @Test
    void r1AHeadOutOfPostOnTheHearingDateDoesNotCount() {
        Post former = new Post(103, DEPARTMENT, GOVERNMENT, OfficialRole.PRINCIPAL, SINCE, LocalDate.of(2022, 2, 28));
        Duties.Result result = Duties.of(new CaseBuilder(DEPARTMENT)
                .held("2022-03-01T09:30", h -> h.appeared(DEPARTMENT, former))
                .build());
        assertEquals(Status.UNJUSTIFIED, result.duties().get(0).status());
        assertFalse(figures(result, DEPARTMENT).noOneAppeared(), "an official of the agency itself was there");
    }

    @Test
    void r6LawyersAloneAreNoOneAppearedAndASilentHeadIsFlagged() {
        assertTrue(figures(Duties.of(new CaseBuilder(DEPARTMENT)
                .held("2022-03-01T09:30", h -> h.appeared(DEPARTMENT, LAWYER))
                .build()), DEPARTMENT).noOneAppeared());
        HearingFigures silent = figures(Duties.of(new CaseBuilder(DEPARTMENT)
                .held("2022-03-01T09:30", h -> h.appearance(new AppearanceFact(DEPARTMENT, HEAD, false, false, true,
                        false)))
                .build()), DEPARTMENT);
        assertTrue(silent.headAppeared());
        assertEquals(1, silent.silentAppearances());
        assertEquals(1, silent.leftEarlyAppearances());
    }

    @Test
    void r10WhereTheCourtReportedAnyoneOnlyTheCourtsRecordsCount() {
        Duties.Result result = Duties.of(new CaseBuilder(DEPARTMENT)
                .held("2022-03-01T09:30", h -> h.appeared(DEPARTMENT, HEAD)
                        .appearance(new AppearanceFact(DEPARTMENT, STAFF, true, true, false, false)))
                .build());
        assertEquals(Status.UNJUSTIFIED, result.duties().get(0).status());
        assertFalse(figures(result, DEPARTMENT).headAppeared());
    }

    @Test
    void r4Art130TheBureausStaffStandForTheGovernmentButNotForADepartment() {
        Post bureauStaff = new Post(200, BUREAU, GOVERNMENT, OfficialRole.STAFF, SINCE, null);
        LocalDate date = LocalDate.of(2022, 3, 1);
        assertEquals(Standing.LEGAL_AFFAIRS_BODY,
                Standing.of(bureauStaff, GOVERNMENT, AgencyKind.DISTRICT_GOVERNMENT, BUREAU, null));
        assertTrue(DelegationRules.delegateProblem(bureauStaff, Standing.LEGAL_AFFAIRS_BODY, date).isEmpty());
        assertEquals(Standing.UNRELATED, Standing.of(bureauStaff, DEPARTMENT, AgencyKind.DEPARTMENT, BUREAU, null));
        Post handler = new Post(300, DEPARTMENT, GOVERNMENT, OfficialRole.STAFF, SINCE, null);
        assertEquals(Standing.HANDLING_DEPARTMENT,
                Standing.of(handler, GOVERNMENT, AgencyKind.DISTRICT_GOVERNMENT, BUREAU, DEPARTMENT));
    }

    @Test
    void r4TheDelegateIsCorrespondingStaffInPostNeverALawyerNorTheAgencysOwnHead() {
        LocalDate date = LocalDate.of(2022, 3, 1);
        assertTrue(DelegationRules.delegateProblem(STAFF, Standing.OWN_AGENCY, date).isEmpty());
        assertTrue(DelegationRules.delegateProblem(LOWER_BODY_HEAD, Standing.LOWER_LEVEL_BODY, date).isEmpty());
        assertEquals("delegation.delegate-lawyer",
                DelegationRules.delegateProblem(LAWYER, Standing.OWN_AGENCY, date).orElseThrow().code());
        assertEquals("delegation.delegate-head",
                DelegationRules.delegateProblem(HEAD, Standing.OWN_AGENCY, date).orElseThrow().code());
        assertEquals("delegation.delegate-unrelated",
                DelegationRules.delegateProblem(REVIEWER_HEAD, Standing.UNRELATED, date).orElseThrow().code());
        Post gone = new Post(104, DEPARTMENT, GOVERNMENT, OfficialRole.STAFF, SINCE, LocalDate.of(2022, 2, 1));
        assertEquals("delegation.delegate-not-in-post",
                DelegationRules.delegateProblem(gone, Standing.OWN_AGENCY, date).orElseThrow().code());
    }

    @Test
    void r3ANoticeServedFewerThanThreeDaysBeforeTheHearingIsLate() {
        LocalDate hearing = LocalDate.of(2022, 3, 10);
        assertFalse(NoticeLeadTime.isLate(LocalDate.of(2022, 3, 7), hearing));
        assertTrue(NoticeLeadTime.isLate(LocalDate.of(2022, 3, 8), hearing));
        HearingFigures figures = figures(Duties.of(new CaseBuilder(DEPARTMENT)
                .held("2022-03-10T09:30", h -> h.notice(DEPARTMENT, "2022-03-08").notice(DEPARTMENT, "2022-03-01")
                        .appeared(DEPARTMENT, HEAD))
                .build()), DEPARTMENT);
        assertEquals(2, figures.notices());
        assertEquals(1, figures.lateNotices());
    }

    @Test
    void r8AHearingLateInTheEveningUtcBelongsToTheNextShanghaiDay() {
        HearingFacts hearing = new HearingFacts(1, OffsetDateTime.of(2022, 12, 31, 17, 0, 0, 0, ZoneOffset.UTC),
                HearingStatus.HELD, List.of(), List.of(), List.of());
        assertEquals(LocalDate.of(2023, 1, 1), hearing.date());
    }

    @Test
    void aCaseWithoutAHeldHearingHasNoDutyYet() {
        assertTrue(Duties.of(new CaseBuilder(DEPARTMENT).scheduled("2022-03-01T09:30").build()).duties().isEmpty());
    }

    private static Duty onlyDuty(CaseFacts facts) {
        List<Duty> duties = Duties.of(facts).duties();
        assertEquals(1, duties.size(), duties.toString());
        return duties.get(0);
    }

    private static HearingFigures figures(Duties.Result result, long agencyId) {
        return result.hearings().stream().filter(f -> f.agencyId() == agencyId).findFirst().orElseThrow();
    }

    /** Builds a case's facts hearing by hearing; times are Asia/Shanghai. */
    static final class CaseBuilder {
        private final List<Defendant> defendants = new ArrayList<>();
        private Set<Long> designated = Set.of();
        private final List<HearingFacts> hearings = new ArrayList<>();
        private long nextHearing = 1;

        CaseBuilder(long... agencyIds) {
            for (long id : agencyIds) {
                defendants.add(new Defendant(id, AgencyKind.DEPARTMENT));
            }
        }

        CaseBuilder designate(Long... agencyIds) {
            designated = Set.of(agencyIds);
            return this;
        }

        CaseBuilder held(String at, java.util.function.UnaryOperator<HearingBuilder> recorded) {
            hearings.add(recorded.apply(new HearingBuilder(nextHearing++, at, HearingStatus.HELD)).build());
            return this;
        }

        CaseBuilder scheduled(String at) {
            hearings.add(new HearingBuilder(nextHearing++, at, HearingStatus.SCHEDULED).build());
            return this;
        }

        CaseFacts build() {
            return new CaseFacts(1, defendants, designated, BUREAU, null, hearings);
        }
    }

    static final class HearingBuilder {
        private final long id;
        private final OffsetDateTime at;
        private final HearingStatus status;
        private final List<NoticeFact> notices = new ArrayList<>();
        private final List<AppearanceFact> appearances = new ArrayList<>();
        private final List<DelegationFact> delegations = new ArrayList<>();

        HearingBuilder(long id, String at, HearingStatus status) {
            this.id = id;
            this.at = OffsetDateTime.parse(at + ":00+08:00");
            this.status = status;
        }

        HearingBuilder notice(long agencyId, String servedOn) {
            notices.add(new NoticeFact(agencyId, LocalDate.parse(servedOn)));
            return this;
        }

        HearingBuilder appeared(long agencyId, Post official) {
            return appearance(new AppearanceFact(agencyId, official, false, true, false, false));
        }

        HearingBuilder appearedWithRejectedProof(long agencyId, Post official) {
            return appearance(new AppearanceFact(agencyId, official, false, true, false, true));
        }

        HearingBuilder appearance(AppearanceFact appearance) {
            appearances.add(appearance);
            return this;
        }

        HearingBuilder delegated(long agencyId, DelegationStatus status, String filedOn, CourtFinding finding) {
            delegations.add(new DelegationFact(agencyId, status, LocalDate.parse(filedOn), finding));
            return this;
        }

        HearingFacts build() {
            return new HearingFacts(id, at, status, notices, appearances, delegations);
        }
    }
}
