package org.yingsu.accountability;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.yingsu.accountability.ReferralDtos.ReferralAnswer;
import org.yingsu.accountability.ReferralDtos.ReferralInput;
import org.yingsu.accountability.ReferralDtos.ReferralResponse;
import org.yingsu.accountability.ReferralDtos.ReferralSend;
import org.yingsu.accountability.ReferralDtos.ReferralWithdrawal;
import org.yingsu.accountability.ReferralDtos.SentReferral;
import org.yingsu.agencies.Agency;
import org.yingsu.agencies.AgencyAccess;
import org.yingsu.agencies.AgencyRepository;
import org.yingsu.agencies.Official;
import org.yingsu.agencies.OfficialRepository;
import org.yingsu.common.http.ETags;
import org.yingsu.common.http.Listing;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.pdf.OfficialPdf;
import org.yingsu.common.problem.Problem;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.common.time.Shanghai;
import org.yingsu.litigation.appearances.Appearance;
import org.yingsu.litigation.appearances.AppearanceRepository;
import org.yingsu.litigation.cases.CaseRepository;
import org.yingsu.litigation.cases.LitigationCase;
import org.yingsu.litigation.hearings.Hearing;
import org.yingsu.litigation.hearings.HearingRepository;
import org.yingsu.litigation.vocabulary.HearingStatus;
import org.yingsu.metrics.AbsenceClass;
import org.yingsu.metrics.MetricsService;
import org.yingsu.metrics.Period;
import org.yingsu.metrics.TrialLevelFilter;
import org.yingsu.recommendations.JudicialRecommendation;
import org.yingsu.recommendations.RecommendationRepository;

/**
 * 追责 referrals: drafted by the bureau from the record that shows the ground, sent with a number and date, answered
 * with the competent body's decision, or withdrawn. A draft is the bureau's working paper: agencies see a referral
 * of theirs only once it is sent.
 */
@ApplicationScoped
@Transactional
public class ReferralService {

    private static final String DEFAULT_BODY = "中共重庆市渝北区纪律检查委员会、重庆市渝北区监察委员会";

    @Inject
    ReferralRepository referrals;

    @Inject
    AgencyRepository agencies;

    @Inject
    OfficialRepository officials;

    @Inject
    CaseRepository cases;

    @Inject
    HearingRepository hearings;

    @Inject
    AppearanceRepository appearances;

    @Inject
    RecommendationRepository recommendations;

    @Inject
    MetricsService metrics;

    @Inject
    AgencyAccess access;

    @Inject
    Clock clock;

    public PageResult<ReferralResponse> list(String agencyCode, ReferralStatus status, ReferralGround ground,
            Integer year, Listing listing, Paging paging) {
        StringBuilder query = new StringBuilder("from AccountabilityReferral r join fetch r.agency a where 1 = 1");
        Parameters parameters = new Parameters();
        if (agencyCode != null) {
            query.append(" and a.code = :agencyCode");
            parameters.and("agencyCode", agencyCode);
        }
        if (status != null) {
            query.append(" and r.status = :status");
            parameters.and("status", status);
        }
        if (ground != null) {
            query.append(" and r.ground = :ground");
            parameters.and("ground", ground);
        }
        if (year != null) {
            query.append(" and coalesce(r.sentOn, r.draftedOn) >= :from and coalesce(r.sentOn, r.draftedOn) < :to");
            parameters.and("from", LocalDate.of(year, 1, 1)).and("to", LocalDate.of(year + 1, 1, 1));
        }
        if (!access.scope().all()) {
            query.append(" and r.status <> :drafted");
            parameters.and("drafted", ReferralStatus.DRAFTED);
        }
        access.restrict(query, parameters, "a");
        listing.restrict(query, parameters, "r");
        var page = referrals.find(query.toString(),
                listing.order("r", Sort.descending("r.draftedOn").and("r.id", Sort.Direction.Descending)),
                parameters).page(Page.of(paging.page, paging.size));
        return new PageResult<>(page.list().stream().map(ReferralResponse::of).toList(), paging.page, paging.size,
                page.count());
    }

    public Optional<ReferralResponse> find(long id) {
        return visible(id).map(ReferralResponse::of);
    }

    /** The referrals sent in {@code [from, to]} and not withdrawn, in the order they were sent. */
    public List<SentReferral> sentBetween(LocalDate from, LocalDate to) {
        return referrals.list("from AccountabilityReferral r join fetch r.agency where r.sentOn between ?1 and ?2"
                + " and r.status in ?3", Sort.by("r.sentOn").and("r.id"), from, to,
                List.of(ReferralStatus.SENT, ReferralStatus.ANSWERED)).stream()
                .map(r -> new SentReferral(r.agency.code, r.agency.name,
                        r.officials.stream().sorted(Comparator.comparing(o -> o.code))
                                .map(o -> o.title == null ? o.name : o.title + o.name).collect(Collectors.joining("、")),
                        r.ground, r.cases.stream().sorted(Comparator.comparing(c -> c.id)).map(c -> c.caseNumber)
                                .collect(Collectors.joining("、")),
                        r.number, r.sentOn, r.status, r.decision))
                .toList();
    }

    /**
     * A draft filled in from the record the bureau refers from: the agency, the officials who should have appeared
     * or who misconducted, the case and its hearings, and the facts in the words of the letter. Nothing is stored.
     */
    public ReferralInput prefill(ReferralGround ground, Long recommendationId, Long appearanceId, Long hearingId,
            Long caseId, String agencyCode) {
        if (ground == null) {
            throw ProblemException.invalid("ground", "is required");
        }
        return switch (ground) {
            case JUDICIAL_RECOMMENDATION -> {
                JudicialRecommendation r = recommendation(required("recommendationId", recommendationId), null);
                List<Hearing> held = r.litigationCase == null ? List.of() : held(r.litigationCase.id);
                LocalDate on = held.isEmpty() ? r.receivedOn : held.get(held.size() - 1).date();
                yield new ReferralInput(ground, r.agency.code, r.id, null, codes(heads(r.agency, on)),
                        r.litigationCase == null ? List.of() : List.of(r.litigationCase.id), ids(held), DEFAULT_BODY,
                        r.court + "于" + OfficialPdf.date(r.receivedOn) + "向" + r.agency.name + "发出司法建议（"
                                + r.number + "）" + (r.litigationCase == null ? "" : "，涉及" + r.litigationCase.caseNumber
                                + "一案") + "，指出：" + r.content);
            }
            case MISCONDUCT_AT_HEARING -> {
                Appearance a = appearance(required("appearanceId", appearanceId), null);
                Hearing h = a.hearing;
                String conduct = a.leftEarly ? "未经法庭许可中途退庭" : "出庭后未就案件发表意见（出庭不出声）";
                yield new ReferralInput(ground, a.agency.code, null, a.id, List.of(a.official.code),
                        List.of(h.litigationCase.id), List.of(h.id), DEFAULT_BODY,
                        h.litigationCase.court + "于" + OfficialPdf.date(h.date()) + "开庭审理"
                                + h.litigationCase.caseNumber + "一案，" + a.agency.name + official(a.official)
                                + "出庭应诉，" + conduct + "，造成不良影响。");
            }
            case NO_ONE_APPEARED -> {
                Hearing h = hearings.findByIdOptional(required("hearingId", hearingId)).filter(hearings::visible)
                        .orElseThrow(() -> ProblemException.notFound("Hearing", hearingId));
                Agency agency = agency(required("agencyCode", agencyCode));
                yield new ReferralInput(ground, agency.code, null, null, codes(heads(agency, h.date())),
                        List.of(h.litigationCase.id), List.of(h.id), DEFAULT_BODY,
                        h.litigationCase.court + "于" + OfficialPdf.date(h.date()) + "开庭审理"
                                + h.litigationCase.caseNumber + "一案，" + agency.name
                                + "作为被告，负责人及相应工作人员均未出庭应诉。");
            }
            case UNJUSTIFIED_ABSENCE -> {
                LitigationCase c = cases.findByIdOptional(required("caseId", caseId))
                        .orElseThrow(() -> ProblemException.notFound("Case", caseId));
                Agency agency = agency(required("agencyCode", agencyCode));
                List<Hearing> absent = unjustifiedHearings(c, agency);
                if (absent.isEmpty()) {
                    throw ProblemException.ruleBroken("caseId", c.caseNumber + " is not an unjustified absence of "
                            + agency.code);
                }
                yield new ReferralInput(ground, agency.code, null, null,
                        codes(heads(agency, absent.get(absent.size() - 1).date())), List.of(c.id), ids(absent),
                        DEFAULT_BODY, c.court + "于" + absent.stream().map(h -> OfficialPdf.date(h.date())).distinct()
                                .collect(Collectors.joining("、")) + "开庭审理" + c.caseNumber + "一案，" + agency.name
                                + "负责人未出庭应诉，亦无经审查认可的正当理由。");
            }
        };
    }

    public ReferralResponse create(ReferralInput body) {
        AccountabilityReferral r = new AccountabilityReferral();
        r.draftedOn = Shanghai.today(clock);
        apply(r, body);
        referrals.persist(r);
        referrals.flush();
        return ReferralResponse.of(r);
    }

    public ReferralResponse update(long id, ReferralInput body, String ifMatch) {
        AccountabilityReferral r = require(id);
        ETags.checkIfMatch(ifMatch, r.version);
        requireStatus(r, ReferralStatus.DRAFTED, "edited");
        apply(r, body);
        referrals.flush();
        return ReferralResponse.of(r);
    }

    public ReferralResponse send(long id, ReferralSend body, String ifMatch) {
        AccountabilityReferral r = require(id);
        ETags.checkIfMatch(ifMatch, r.version);
        requireStatus(r, ReferralStatus.DRAFTED, "sent");
        String number = body.number().strip();
        if (referrals.count("number = ?1 and id <> ?2", number, r.id) > 0) {
            throw ProblemException.conflict("Another referral already has the number " + number);
        }
        LocalDate today = Shanghai.today(clock);
        if (body.sentOn().isAfter(today)) {
            throw ProblemException.invalid("sentOn", "must not be after today (" + today + ")");
        }
        if (body.sentOn().isBefore(r.draftedOn)) {
            throw ProblemException.invalid("sentOn", "must not be before the referral was drafted (" + r.draftedOn
                    + ")");
        }
        r.number = number;
        r.sentOn = body.sentOn();
        r.status = ReferralStatus.SENT;
        flush();
        return ReferralResponse.of(r);
    }

    public ReferralResponse answer(long id, ReferralAnswer body, String ifMatch) {
        AccountabilityReferral r = require(id);
        ETags.checkIfMatch(ifMatch, r.version);
        requireStatus(r, ReferralStatus.SENT, "answered");
        LocalDate today = Shanghai.today(clock);
        if (body.answeredOn().isAfter(today)) {
            throw ProblemException.invalid("answeredOn", "must not be after today (" + today + ")");
        }
        if (body.answeredOn().isBefore(r.sentOn)) {
            throw ProblemException.invalid("answeredOn", "must not be before the referral was sent (" + r.sentOn
                    + ")");
        }
        r.decision = body.decision();
        r.answeredOn = body.answeredOn();
        r.decisionDetail = body.detail() == null || body.detail().isBlank() ? null : body.detail().strip();
        r.status = ReferralStatus.ANSWERED;
        referrals.flush();
        return ReferralResponse.of(r);
    }

    public ReferralResponse withdraw(long id, ReferralWithdrawal body, String ifMatch) {
        AccountabilityReferral r = require(id);
        ETags.checkIfMatch(ifMatch, r.version);
        if (r.status != ReferralStatus.DRAFTED && r.status != ReferralStatus.SENT) {
            throw ProblemException.conflict("Referral " + r.id + " is " + r.status
                    + "; only a drafted or sent referral can be withdrawn");
        }
        r.withdrawalReason = body.reason().strip();
        r.withdrawnOn = Shanghai.today(clock);
        r.status = ReferralStatus.WITHDRAWN;
        referrals.flush();
        return ReferralResponse.of(r);
    }

    /** The referral the caller may see: the bureau any, an agency its own once sent (R9). */
    Optional<AccountabilityReferral> visible(long id) {
        return referrals.findByIdOptional(id).filter(r -> access.sees(r.agency))
                .filter(r -> access.scope().all() || r.status != ReferralStatus.DRAFTED);
    }

    private AccountabilityReferral require(long id) {
        return visible(id).orElseThrow(() -> ProblemException.notFound("Referral", id));
    }

    private void flush() {
        try {
            referrals.flush();
        } catch (PersistenceException e) {
            // Two referrals sent at once under the same number: the unique key decides.
            throw ProblemException.conflict("Another referral already has this number");
        }
    }

    private static void requireStatus(AccountabilityReferral r, ReferralStatus expected, String verb) {
        if (r.status != expected) {
            throw ProblemException.conflict("Referral " + r.id + " is " + r.status + "; only a " + expected
                    + " referral can be " + verb);
        }
    }

    /**
     * Resolves what the body names and checks that it holds together: the officials are the agency's, the cases are
     * the agency's, the hearings are those cases', and the record behind the ground shows what the ground says.
     */
    private void apply(AccountabilityReferral r, ReferralInput body) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Agency agency = agency(body.agencyCode());
        Set<Official> named = new LinkedHashSet<>();
        for (int i = 0; i < body.officialCodes().size(); i++) {
            String code = body.officialCodes().get(i);
            Optional<Official> official = officials.findByCode(code).filter(o -> o.agency.id.equals(agency.id));
            if (official.isEmpty()) {
                errors.add(new Problem.FieldError("officialCodes[" + i + "]", "no official of " + agency.code
                        + " has the code " + code));
            } else {
                named.add(official.get());
            }
        }
        Set<LitigationCase> inCases = new LinkedHashSet<>();
        List<Long> caseIds = body.caseIds() == null ? List.of() : body.caseIds();
        for (int i = 0; i < caseIds.size(); i++) {
            Optional<LitigationCase> c = cases.findByIdOptional(caseIds.get(i)).filter(x -> x.isDefendant(agency));
            if (c.isEmpty()) {
                errors.add(new Problem.FieldError("caseIds[" + i + "]", "no case of " + agency.code + " has the id "
                        + caseIds.get(i)));
            } else {
                inCases.add(c.get());
            }
        }
        Set<Hearing> atHearings = new LinkedHashSet<>();
        List<Long> hearingIds = body.hearingIds() == null ? List.of() : body.hearingIds();
        for (int i = 0; i < hearingIds.size(); i++) {
            Optional<Hearing> h = hearings.findByIdOptional(hearingIds.get(i))
                    .filter(x -> x.litigationCase.isDefendant(agency));
            if (h.isEmpty()) {
                errors.add(new Problem.FieldError("hearingIds[" + i + "]", "no hearing of a case of " + agency.code
                        + " has the id " + hearingIds.get(i)));
            } else {
                atHearings.add(h.get());
                inCases.add(h.get().litigationCase);
            }
        }
        r.recommendation = null;
        r.appearance = null;
        switch (body.ground()) {
            case JUDICIAL_RECOMMENDATION -> {
                JudicialRecommendation rec = recommendation(required("recommendationId", body.recommendationId()),
                        agency);
                r.recommendation = rec;
                if (rec.litigationCase != null) {
                    inCases.add(rec.litigationCase);
                }
            }
            case MISCONDUCT_AT_HEARING -> {
                Appearance a = appearance(required("appearanceId", body.appearanceId()), agency);
                r.appearance = a;
                atHearings.add(a.hearing);
                inCases.add(a.hearing.litigationCase);
            }
            case NO_ONE_APPEARED -> {
                if (atHearings.isEmpty()) {
                    errors.add(new Problem.FieldError("hearingIds", "name the hearing at which no one appeared"));
                }
                Set<Long> attended = appearances.atHearings(atHearings.stream().map(h -> h.id).toList()).stream()
                        .filter(a -> a.agency.id.equals(agency.id)).map(a -> a.hearing.id)
                        .collect(Collectors.toSet());
                int i = 0;
                for (Hearing h : atHearings) {
                    if (h.status != HearingStatus.HELD || attended.contains(h.id)) {
                        errors.add(new Problem.FieldError("hearingIds[" + i + "]", "someone of " + agency.code
                                + " appeared at hearing " + h.id + ", or it was not held"));
                    }
                    i++;
                }
            }
            case UNJUSTIFIED_ABSENCE -> {
                if (inCases.isEmpty()) {
                    errors.add(new Problem.FieldError("caseIds", "name the case heard without the head"));
                }
                for (LitigationCase c : inCases) {
                    if (unjustifiedHearings(c, agency).isEmpty()) {
                        errors.add(new Problem.FieldError("caseIds", c.caseNumber
                                + " is not an unjustified absence of " + agency.code));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.ruleBroken(errors);
        }
        r.agency = agency;
        r.ground = body.ground();
        r.officials.clear();
        r.officials.addAll(named);
        r.cases.clear();
        r.cases.addAll(inCases);
        r.hearings.clear();
        r.hearings.addAll(atHearings);
        r.referredTo = body.referredTo().strip();
        r.facts = body.facts().strip();
    }

    /** The held hearings that make the case an unjustified absence of the agency in the figures (R5). */
    private List<Hearing> unjustifiedHearings(LitigationCase c, Agency agency) {
        Set<Long> absent = new LinkedHashSet<>();
        held(c.id).stream().map(h -> h.date().getYear()).distinct().forEach(year -> metrics
                .absences(Period.year(year), TrialLevelFilter.ALL, agency.code).stream()
                .filter(a -> a.caseId() == c.id && a.absenceClass() == AbsenceClass.UNJUSTIFIED)
                .forEach(a -> a.hearings().forEach(h -> absent.add(h.hearingId()))));
        return held(c.id).stream().filter(h -> absent.contains(h.id)).toList();
    }

    private List<Hearing> held(long caseId) {
        return hearings.ofCase(caseId).stream().filter(h -> h.status == HearingStatus.HELD).toList();
    }

    /** The agency's heads in post on the day, the principal first: whom the duty fell on. */
    private List<Official> heads(Agency agency, LocalDate on) {
        return officials.list("agency.id = ?1 and validFrom <= ?2 and (validTo is null or validTo >= ?2)",
                Sort.by("code"), agency.id, on).stream().filter(o -> o.role.isHead())
                .sorted(Comparator.comparing(o -> o.role.ordinal())).toList();
    }

    private JudicialRecommendation recommendation(long id, Agency agency) {
        JudicialRecommendation r = recommendations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.ruleBroken("recommendationId", "no recommendation has the id "
                        + id));
        if (agency != null && !r.agency.id.equals(agency.id)) {
            throw ProblemException.ruleBroken("recommendationId", "recommendation " + r.number + " is not about "
                    + agency.code);
        }
        return r;
    }

    private Appearance appearance(long id, Agency agency) {
        Appearance a = appearances.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.ruleBroken("appearanceId", "no appearance has the id " + id));
        if (agency != null && !a.agency.id.equals(agency.id)) {
            throw ProblemException.ruleBroken("appearanceId", "appearance " + id + " is not of " + agency.code);
        }
        if (a.spoke && !a.leftEarly) {
            throw ProblemException.ruleBroken("appearanceId", "at appearance " + id + " the official spoke and"
                    + " stayed: no misconduct to refer");
        }
        return a;
    }

    private Agency agency(String code) {
        return agencies.findByCode(code)
                .orElseThrow(() -> ProblemException.ruleBroken("agencyCode", "no agency has the code " + code));
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw ProblemException.invalid(field, "is required for this ground");
        }
        return value;
    }

    private static String official(Official o) {
        return o.title == null || o.title.isBlank() ? o.name : o.title + o.name;
    }

    private static List<String> codes(List<Official> list) {
        return list.stream().map(o -> o.code).toList();
    }

    private static List<Long> ids(List<Hearing> list) {
        return list.stream().map(h -> h.id).toList();
    }
}
