package org.yingsu.demo;

import static org.yingsu.agencies.AgencyKind.DEPARTMENT;
import static org.yingsu.agencies.AgencyKind.SUBDISTRICT;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.agencies.OfficialRole;
import org.yingsu.agencies.bulk.AgencyEntries.AgencyEntry;
import org.yingsu.agencies.bulk.AgencyEntries.OfficialEntry;
import org.yingsu.intake.LedgerDtos.LedgerDocument;
import org.yingsu.intake.LedgerDtos;
import org.yingsu.litigation.bulk.CaseDocuments.AppearanceDesignation;
import org.yingsu.litigation.bulk.CaseDocuments.AppearanceDocument;
import org.yingsu.litigation.bulk.CaseDocuments.CaseDocument;
import org.yingsu.litigation.bulk.CaseDocuments.DelegationDocument;
import org.yingsu.litigation.bulk.CaseDocuments.HearingDocument;
import org.yingsu.litigation.bulk.CaseDocuments.NoticeDocument;
import org.yingsu.litigation.bulk.CaseDocuments.OutcomeDocument;
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
 * A believable district modelled on 重庆市渝北区 — its government, 30 departments and 12 镇街, their officials and the
 * administrative cases of 2021–2023 — generated from a fixed seed, so every run gives the same ledger.
 *
 * <p>Each agency gets a planned number of first-instance cases heard per year and how many of them go without a
 * head. The plans of 2022 add up to the seed's table (docs/domain.md §4): 354 cases heard by departments and 镇街, 333 with a
 * head; 2021's add up to 306 and 228 (74.5%, so that 2022 is +19.6 pp). The government's notices are planned per
 * hearing (2022: 26 of 26; 2021: 13 of 21). Outcomes are then placed so that departments and 镇街 have exactly 370
 * cases concluded in 2022, 27 of them with the decision changed (7.3%). Everything else — dates, names, which head
 * appears, how an absence happened — is drawn from the seeded random.
 */
public final class DemoDistrict {

    public static final long SEED = 20_230_508L;
    public static final String GOVERNMENT = "YB-GOV";
    static final String DISTRICT_COURT = "重庆市渝北区人民法院";
    static final String INTERMEDIATE_COURT = "重庆市第一中级人民法院";
    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2023;
    static final LocalDate DATA_END = LocalDate.of(LAST_YEAR, 12, 31);
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    static final int CONCLUDED_2022 = 370;
    static final int CHANGED_2022 = 27;

    /** First-instance cases heard and how many without a head, for 2021 and 2022; 2023 follows from 2022. */
    record Plan(String code, String name, AgencyKind kind, int heard2021, int absent2021, int heard2022,
            int absent2022) {

        int heard(int year) {
            return switch (year) {
                case 2021 -> heard2021;
                case 2022 -> heard2022;
                default -> heard2022 + heard2022 / 6;
            };
        }

        int absent(int year) {
            return switch (year) {
                case 2021 -> absent2021;
                case 2022 -> absent2022;
                default -> Math.max(0, absent2022 - 1);
            };
        }

        String agencyCode() {
            return "YB-" + code;
        }
    }

    static final List<Plan> PLANS = List.of(
            new Plan("FGW", "发展和改革委员会", DEPARTMENT, 3, 1, 3, 0),
            new Plan("JW", "教育委员会", DEPARTMENT, 5, 2, 6, 0),
            new Plan("KJ", "科学技术局", DEPARTMENT, 1, 1, 1, 0),
            new Plan("JXW", "经济和信息化委员会", DEPARTMENT, 2, 1, 2, 0),
            new Plan("GA", "公安分局", DEPARTMENT, 35, 7, 40, 1),
            new Plan("MZ", "民政局", DEPARTMENT, 5, 1, 5, 0),
            new Plan("SF", "司法局", DEPARTMENT, 2, 0, 2, 0),
            new Plan("CZ", "财政局", DEPARTMENT, 3, 1, 3, 0),
            new Plan("RS", "人力资源和社会保障局", DEPARTMENT, 25, 5, 30, 1),
            new Plan("GH", "规划和自然资源局", DEPARTMENT, 44, 9, 52, 3),
            new Plan("ST", "生态环境局", DEPARTMENT, 9, 2, 12, 1),
            new Plan("ZJ", "住房和城乡建设委员会", DEPARTMENT, 31, 8, 37, 5),
            new Plan("CG", "城市管理局", DEPARTMENT, 16, 4, 21, 3),
            new Plan("JT", "交通局", DEPARTMENT, 8, 2, 10, 1),
            new Plan("SL", "水利局", DEPARTMENT, 4, 1, 4, 0),
            new Plan("NY", "农业农村委员会", DEPARTMENT, 7, 2, 9, 1),
            new Plan("SW", "商务委员会", DEPARTMENT, 3, 1, 3, 0),
            new Plan("WL", "文化和旅游发展委员会", DEPARTMENT, 4, 1, 4, 0),
            new Plan("WJ", "卫生健康委员会", DEPARTMENT, 7, 1, 8, 0),
            new Plan("TY", "退役军人事务局", DEPARTMENT, 2, 1, 2, 2),
            new Plan("YJ", "应急管理局", DEPARTMENT, 5, 1, 6, 0),
            new Plan("SJ", "审计局", DEPARTMENT, 1, 0, 0, 0),
            new Plan("SC", "市场监督管理局", DEPARTMENT, 18, 4, 22, 1),
            new Plan("TJ", "统计局", DEPARTMENT, 1, 1, 1, 0),
            new Plan("YB", "医疗保障局", DEPARTMENT, 3, 1, 4, 0),
            new Plan("LY", "林业局", DEPARTMENT, 3, 1, 3, 0),
            new Plan("GZ", "国有资产监督管理委员会", DEPARTMENT, 1, 0, 1, 0),
            new Plan("XF", "信访办公室", DEPARTMENT, 2, 1, 2, 0),
            new Plan("RF", "人民防空办公室", DEPARTMENT, 2, 1, 2, 0),
            new Plan("TI", "体育局", DEPARTMENT, 1, 0, 1, 0),
            new Plan("SLH", "双龙湖街道", SUBDISTRICT, 7, 2, 9, 0),
            new Plan("HX", "回兴街道", SUBDISTRICT, 7, 2, 8, 1),
            new Plan("LX", "龙溪街道", SUBDISTRICT, 6, 2, 7, 0),
            new Plan("LS", "龙山街道", SUBDISTRICT, 5, 2, 6, 0),
            new Plan("LT", "龙塔街道", SUBDISTRICT, 5, 1, 6, 0),
            new Plan("SFQ", "双凤桥街道", SUBDISTRICT, 6, 2, 6, 0),
            new Plan("XT", "仙桃街道", SUBDISTRICT, 4, 1, 4, 0),
            new Plan("BSH", "宝圣湖街道", SUBDISTRICT, 3, 1, 3, 0),
            new Plan("TJZ", "统景镇", SUBDISTRICT, 3, 1, 3, 0),
            new Plan("DW", "大湾镇", SUBDISTRICT, 2, 1, 2, 0),
            new Plan("XL", "兴隆镇", SUBDISTRICT, 3, 1, 3, 0),
            new Plan("ME", "木耳镇", SUBDISTRICT, 2, 1, 1, 1));

    /** The government's cases, hearings (one notice each) and hearings attended by a head, per year. */
    record GovernmentPlan(int year, int cases, int hearings, int attended) {
    }

    static final List<GovernmentPlan> GOVERNMENT_PLANS = List.of(
            new GovernmentPlan(2021, 18, 21, 13),
            new GovernmentPlan(2022, 23, 26, 26),
            new GovernmentPlan(2023, 25, 28, 27));

    /** How an agency took part in a case's hearings. */
    enum Attendance {
        HEAD, HEAD_SILENT, HEAD_LEFT_EARLY, HEAD_BOTH_SOURCES, HEAD_PROOF_PENDING,
        JUSTIFIED, PENDING, UNJUSTIFIED, REJECTED_DELEGATION, LATE_DELEGATION, NO_ONE, IDENTITY_REJECTED,
        FORMER_DEPUTY, COURT_DISAGREES;

        boolean head() {
            return ordinal() <= HEAD_PROOF_PENDING.ordinal();
        }
    }

    /** 2022's absences, so that every flag shows up in the year the seed reports on. */
    static final Map<String, List<Attendance>> ABSENCES_2022 = Map.ofEntries(
            Map.entry("GA", List.of(Attendance.JUSTIFIED)),
            Map.entry("RS", List.of(Attendance.PENDING)),
            Map.entry("GH", List.of(Attendance.JUSTIFIED, Attendance.LATE_DELEGATION, Attendance.IDENTITY_REJECTED)),
            Map.entry("ST", List.of(Attendance.JUSTIFIED)),
            Map.entry("ZJ", List.of(Attendance.JUSTIFIED, Attendance.JUSTIFIED, Attendance.PENDING,
                    Attendance.REJECTED_DELEGATION, Attendance.COURT_DISAGREES)),
            Map.entry("CG", List.of(Attendance.JUSTIFIED, Attendance.UNJUSTIFIED, Attendance.NO_ONE)),
            Map.entry("JT", List.of(Attendance.FORMER_DEPUTY)),
            Map.entry("NY", List.of(Attendance.JUSTIFIED)),
            Map.entry("TY", List.of(Attendance.UNJUSTIFIED, Attendance.NO_ONE)),
            Map.entry("SC", List.of(Attendance.JUSTIFIED)),
            Map.entry("HX", List.of(Attendance.PENDING)),
            Map.entry("ME", List.of(Attendance.UNJUSTIFIED)));

    static final Map<String, List<Attendance>> APPEARANCES_2022 = Map.of(
            "GH", List.of(Attendance.HEAD_SILENT),
            "CG", List.of(Attendance.HEAD_SILENT),
            "ZJ", List.of(Attendance.HEAD_LEFT_EARLY),
            // The second: the head's identity proof never checked, long overdue (the papers check, PENDING_IDENTITY).
            "GA", List.of(Attendance.HEAD_BOTH_SOURCES, Attendance.HEAD_PROOF_PENDING));

    /** The deputy of 交通局 who moved on: still recorded at a hearing after his post ended (R1, R5). */
    static final LocalDate FORMER_DEPUTY_LEFT = LocalDate.of(2022, 3, 31);

    private final Random random = new Random(SEED);
    private final Map<String, AgencyInfo> agencies = new LinkedHashMap<>();
    private final List<OfficialEntry> officials = new ArrayList<>();
    private final List<CaseDraft> cases = new ArrayList<>();
    private final Map<String, Integer> caseNumbers = new HashMap<>();

    private DemoDistrict() {
    }

    /** The whole demo ledger. Same seed, same document. */
    public static LedgerDocument generate() {
        return new DemoDistrict().build();
    }

    private LedgerDocument build() {
        createAgencies();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            createYear(year);
        }
        placeOutcomes();
        createAppeals();
        // Last, so that every draw before them, and so the seed's tables, stay as they were.
        createDutyScenarios();
        List<AgencyEntry> agencyList = agencies.values().stream().map(a -> a.entry).toList();
        List<CaseDocument> caseList = cases.stream()
                .sorted(Comparator.comparing((CaseDraft c) -> c.filedOn).thenComparing(c -> c.number))
                .map(CaseDraft::toLedger).toList();
        return new LedgerDocument(LedgerDtos.FORMAT, agencyList, List.copyOf(officials), caseList);
    }

    // ---- agencies and officials ----

    private static final class AgencyInfo {
        final AgencyEntry entry;
        final Plan plan;
        final List<OfficialEntry> heads = new ArrayList<>();
        final List<OfficialEntry> staff = new ArrayList<>();
        OfficialEntry lawyer;
        OfficialEntry formerDeputy;
        int officialCount;

        AgencyInfo(AgencyEntry entry, Plan plan) {
            this.entry = entry;
            this.plan = plan;
        }

        String code() {
            return entry.code();
        }

        List<OfficialEntry> headsOn(LocalDate date) {
            return heads.stream().filter(h -> !h.validFrom().isAfter(date)
                    && (h.validTo() == null || !h.validTo().isBefore(date))).toList();
        }
    }

    private void createAgencies() {
        AgencyInfo government = new AgencyInfo(new AgencyEntry(GOVERNMENT, "重庆市渝北区人民政府",
                AgencyKind.DISTRICT_GOVERNMENT, null), null);
        agencies.put(GOVERNMENT, government);
        for (Plan plan : PLANS) {
            String name = plan.kind() == SUBDISTRICT
                    ? (plan.name().endsWith("镇") ? "重庆市渝北区" + plan.name() + "人民政府"
                            : "重庆市渝北区人民政府" + plan.name() + "办事处")
                    : plan.code().equals("GA") ? "重庆市公安局渝北区分局"
                    : plan.code().equals("GH") ? "重庆市规划和自然资源局渝北区分局"
                    : "重庆市渝北区" + plan.name();
            agencies.put(plan.agencyCode(), new AgencyInfo(new AgencyEntry(plan.agencyCode(), name,
                    plan.kind(), GOVERNMENT), plan));
        }
        for (AgencyInfo agency : agencies.values()) {
            createOfficials(agency);
        }
    }

    private void createOfficials(AgencyInfo agency) {
        boolean government = agency.plan == null;
        boolean town = !government && agency.plan.kind() == SUBDISTRICT;
        String principal = government ? "区长"
                : town ? (agency.plan.name().endsWith("镇") ? "镇长" : "街道办事处主任")
                : agency.entry.name().endsWith("局") || agency.entry.name().endsWith("分局") ? "局长" : "主任";
        String deputy = government ? "副区长" : town && principal.equals("街道办事处主任") ? "街道办事处副主任"
                : "副" + principal;
        LocalDate longAgo = LocalDate.of(2017, 1, 1 + random.nextInt(28));
        // About a third of the agencies changed their principal during the period.
        if (random.nextInt(3) == 0) {
            LocalDate change = LocalDate.of(2021 + random.nextInt(3), 1 + random.nextInt(12), 1);
            agency.heads.add(official(agency, OfficialRole.PRINCIPAL, principal, longAgo, change.minusDays(1)));
            agency.heads.add(official(agency, OfficialRole.PRINCIPAL, principal, change, null));
        } else {
            agency.heads.add(official(agency, OfficialRole.PRINCIPAL, principal, longAgo, null));
        }
        if (government) {
            agency.heads.add(official(agency, OfficialRole.DEPUTY, "常务副区长", longAgo, null));
        }
        int deputies = government ? 4 : 2;
        for (int i = 0; i < deputies; i++) {
            agency.heads.add(official(agency, OfficialRole.DEPUTY, deputy, LocalDate.of(2018 + random.nextInt(3), 3, 1), null));
        }
        if (government || agency.plan.heard2022() >= 10) {
            agency.heads.add(official(agency, OfficialRole.OTHER_LEADER, government ? "区政府党组成员" : "党组成员",
                    LocalDate.of(2019, 6, 1), null));
        }
        if (!government && agency.plan.code().equals("JT")) {
            agency.formerDeputy = official(agency, OfficialRole.DEPUTY, deputy, LocalDate.of(2016, 5, 1), FORMER_DEPUTY_LEFT);
            agency.heads.add(agency.formerDeputy);
        }
        String legalStaff = government ? "区司法局行政应诉科科长" : town ? "综合行政执法办公室负责人" : "政策法规科科长";
        agency.staff.add(official(agency, OfficialRole.STAFF, legalStaff, LocalDate.of(2019, 1, 1), null));
        agency.staff.add(official(agency, OfficialRole.STAFF, government ? "区政府办公室工作人员" : "工作人员",
                LocalDate.of(2020, 1, 1), null));
        agency.lawyer = official(agency, OfficialRole.LAWYER, "法律顾问（律师）", LocalDate.of(2020, 1, 1), null);
    }

    private OfficialEntry official(AgencyInfo agency, OfficialRole role, String title, LocalDate from,
            LocalDate to) {
        agency.officialCount++;
        OfficialEntry official = new OfficialEntry(
                String.format("%s-%03d", agency.code(), agency.officialCount), agency.code(), personName(), role,
                title, from, to);
        officials.add(official);
        return official;
    }

    // ---- cases per year ----

    /** A defendant's part in a case to be made. */
    private static final class Slot {
        final AgencyInfo agency;
        final Attendance attendance;
        boolean mandatory;

        Slot(AgencyInfo agency, Attendance attendance) {
            this.agency = agency;
            this.attendance = attendance;
        }
    }

    private void createYear(int year) {
        Map<String, List<Slot>> pools = new LinkedHashMap<>();
        for (Plan plan : PLANS) {
            pools.put(plan.code(), slots(agencies.get(plan.agencyCode()), year));
        }
        GovernmentPlan governmentPlan = GOVERNMENT_PLANS.stream().filter(p -> p.year() == year).findFirst()
                .orElseThrow();
        createGovernmentCases(governmentPlan, pools);
        // Demolitions and expropriations are often brought against a 镇街 and a department together.
        List<String> towns = PLANS.stream().filter(p -> p.kind() == SUBDISTRICT).map(Plan::code).toList();
        for (int i = 0; i < 6; i++) {
            Slot department = take(pools, i % 2 == 0 ? "CG" : "GH");
            Slot town = take(pools, towns.get(random.nextInt(towns.size())));
            if (department == null || town == null) {
                putBack(pools, department);
                putBack(pools, town);
                continue;
            }
            createFirstInstance(year, List.of(department, town), null);
        }
        for (List<Slot> pool : pools.values()) {
            for (Slot slot : pool) {
                createFirstInstance(year, List.of(slot), null);
            }
        }
    }

    private List<Slot> slots(AgencyInfo agency, int year) {
        Plan plan = agency.plan;
        int absent = plan.absent(year);
        List<Attendance> absences = year == 2022 ? ABSENCES_2022.getOrDefault(plan.code(), List.of())
                : randomAbsences(absent, year);
        if (absences.size() != absent) {
            throw new IllegalStateException("2022 plan of " + plan.code() + " names " + absences.size()
                    + " absences, not " + absent);
        }
        List<Slot> slots = new ArrayList<>();
        for (Attendance attendance : absences) {
            slots.add(new Slot(agency, attendance));
        }
        List<Attendance> special = year == 2022 ? APPEARANCES_2022.getOrDefault(plan.code(), List.of()) : List.of();
        for (int i = 0; i < plan.heard(year) - absent; i++) {
            slots.add(new Slot(agency, i < special.size() ? special.get(i) : randomAppearance()));
        }
        for (Slot slot : slots) {
            slot.mandatory = mandatoryLikely(plan.code()) && (slot.attendance.head() || year == 2021)
                    && random.nextInt(100) < 35;
        }
        if (year == 2022 && plan.code().equals("ST")) {
            slots.get(0).mandatory = true;
        }
        Collections.shuffle(slots, random);
        return slots;
    }

    private List<Attendance> randomAbsences(int count, int year) {
        List<Attendance> absences = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int roll = random.nextInt(100);
            absences.add(roll < 35 ? Attendance.JUSTIFIED
                    : roll < 62 ? Attendance.UNJUSTIFIED
                    : roll < 72 ? Attendance.REJECTED_DELEGATION
                    : roll < 80 ? Attendance.LATE_DELEGATION
                    : roll < 90 ? Attendance.NO_ONE
                    : roll < 95 ? Attendance.IDENTITY_REJECTED
                    : year == LAST_YEAR ? Attendance.PENDING : Attendance.COURT_DISAGREES);
        }
        return absences;
    }

    private Attendance randomAppearance() {
        int roll = random.nextInt(1000);
        return roll < 20 ? Attendance.HEAD_SILENT : roll < 30 ? Attendance.HEAD_LEFT_EARLY
                : roll < 110 ? Attendance.HEAD_BOTH_SOURCES : Attendance.HEAD;
    }

    private static boolean mandatoryLikely(String code) {
        return List.of("ST", "SC", "LY", "NY", "WJ", "GH", "ZJ").contains(code);
    }

    private static Slot take(Map<String, List<Slot>> pools, String code) {
        List<Slot> pool = pools.get(code);
        return pool == null || pool.isEmpty() ? null : pool.remove(pool.size() - 1);
    }

    private static void putBack(Map<String, List<Slot>> pools, Slot slot) {
        if (slot != null) {
            pools.get(slot.agency.plan.code()).add(slot);
        }
    }

    /**
     * The government's cases: the notice rate is per hearing, so the plan says which hearings a head attended. Most
     * are 行政复议 cases where the department that made the decision is co-defendant.
     */
    private void createGovernmentCases(GovernmentPlan plan, Map<String, List<Slot>> pools) {
        AgencyInfo government = agencies.get(GOVERNMENT);
        List<Boolean> attended = new ArrayList<>();
        for (int i = 0; i < plan.hearings(); i++) {
            attended.add(i < plan.attended());
        }
        Collections.shuffle(attended, random);
        int twoHearingCases = plan.hearings() - plan.cases();
        int next = 0;
        List<String> reviewed = List.of("GH", "ZJ", "RS", "GA", "CG", "SC", "GH", "ZJ");
        for (int c = 0; c < plan.cases(); c++) {
            int hearings = c < twoHearingCases ? 2 : 1;
            List<Attendance> perHearing = new ArrayList<>();
            for (int h = 0; h < hearings; h++) {
                perHearing.add(attended.get(next++) ? Attendance.HEAD : governmentAbsence());
            }
            Slot governmentSlot = new Slot(government, perHearing.stream().anyMatch(Attendance::head)
                    ? Attendance.HEAD : perHearing.get(0));
            List<Slot> defendants = new ArrayList<>(List.of(governmentSlot));
            if (random.nextInt(100) < 65) {
                Slot department = take(pools, reviewed.get(random.nextInt(reviewed.size())));
                if (department != null) {
                    defendants.add(department);
                }
            }
            createFirstInstance(plan.year(), defendants, perHearing);
        }
    }

    private Attendance governmentAbsence() {
        int roll = random.nextInt(10);
        return roll < 6 ? Attendance.JUSTIFIED : roll < 8 ? Attendance.UNJUSTIFIED : Attendance.REJECTED_DELEGATION;
    }

    /**
     * A first-instance case of the year with its hearings, notices, appearances and delegations.
     *
     * @param governmentHearings for the government's cases, its attendance hearing by hearing
     */
    private void createFirstInstance(int year, List<Slot> slots, List<Attendance> governmentHearings) {
        Slot primary = slots.get(0);
        boolean againstGovernment = primary.agency.plan == null;
        int heldCount = governmentHearings != null ? governmentHearings.size() : random.nextInt(100) < 14 ? 2 : 1;
        LocalDate first = workday(year, heldCount == 2 ? 300 : 350, slots);
        List<LocalDate> heldDates = new ArrayList<>(List.of(first));
        if (heldCount == 2) {
            heldDates.add(nextWorkday(first.plusDays(14 + random.nextInt(30))));
        }
        CaseDraft draft = new CaseDraft();
        draft.court = againstGovernment ? INTERMEDIATE_COURT : DISTRICT_COURT;
        draft.level = TrialLevel.FIRST_INSTANCE;
        draft.filedOn = first.minusDays(30 + random.nextInt(60));
        draft.number = caseNumber(draft.court, draft.filedOn.getYear(), "行初");
        draft.defendants = slots.stream().map(s -> s.agency.code()).toList();
        boolean mandatory = primary.mandatory && slots.stream().allMatch(s -> s.mandatory || s.attendance.head());
        draft.mandatory = mandatory ? List.of(mandatoryCategory(primary.agency)) : List.of();
        draft.cause = causeOfAction(primary.agency);
        draft.plaintiffs = draft.mandatory.contains(MandatoryCategory.PROCURATORIAL_PUBLIC_INTEREST)
                ? List.of("重庆市渝北区人民检察院") : plaintiffs();
        if (random.nextInt(100) < 8) {
            // A rescheduled hearing: the old one stays, marked POSTPONED, with the notices already served.
            HearingDraft postponed = hearing(first.minusDays(7 + random.nextInt(14)), HearingStatus.POSTPONED);
            for (Slot slot : slots) {
                notice(draft, postponed, slot.agency);
            }
            draft.hearings.add(postponed);
        }
        for (int h = 0; h < heldDates.size(); h++) {
            HearingDraft hearing = hearing(heldDates.get(h), HearingStatus.HELD);
            draft.hearings.add(hearing);
            for (Slot slot : slots) {
                notice(draft, hearing, slot.agency);
            }
        }
        List<HearingDraft> held = draft.hearings.stream().filter(x -> x.status == HearingStatus.HELD).toList();
        for (Slot slot : slots) {
            if (slot.agency.plan == null && governmentHearings != null) {
                for (int h = 0; h < held.size(); h++) {
                    attend(held.get(h), slot.agency, governmentHearings.get(h));
                }
            } else if (slot.attendance.head()) {
                // The head comes to the last held hearing: attending an earlier one and then being notified again
                // would renew the duty (art. 7) and add an absence the seed's table does not have. The draw stays, so
                // that the rest of the district is generated as before.
                random.nextInt(held.size());
                int headAt = held.size() - 1;
                for (int h = 0; h < held.size(); h++) {
                    attend(held.get(h), slot.agency, h == headAt ? slot.attendance : Attendance.UNJUSTIFIED);
                }
            } else {
                for (HearingDraft hearing : held) {
                    attend(hearing, slot.agency, slot.attendance);
                }
            }
        }
        cases.add(draft);
    }

    /** A working day of the year; the former deputy's hearing falls after his post ended. */
    private LocalDate workday(int year, int withinDays, List<Slot> slots) {
        boolean afterPost = slots.stream().anyMatch(s -> s.attendance == Attendance.FORMER_DEPUTY);
        LocalDate start = afterPost ? FORMER_DEPUTY_LEFT.plusDays(20) : LocalDate.of(year, 1, 4);
        int span = Math.max(10, Math.min(withinDays, 360) - start.getDayOfYear());
        return nextWorkday(start.plusDays(random.nextInt(span)));
    }

    private static LocalDate nextWorkday(LocalDate date) {
        LocalDate d = date;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private HearingDraft hearing(LocalDate date, HearingStatus status) {
        List<LocalTime> times = List.of(LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0),
                LocalTime.of(14, 30), LocalTime.of(15, 0));
        HearingDraft hearing = new HearingDraft();
        hearing.date = date;
        hearing.at = OffsetDateTime.of(date, times.get(random.nextInt(times.size())), CHINA);
        hearing.status = status;
        return hearing;
    }

    private void notice(CaseDraft draft, HearingDraft hearing, AgencyInfo agency) {
        draft.noticeCount++;
        // A few courts serve the notice too late (R3).
        int daysBefore = random.nextInt(100) < 4 ? 1 + random.nextInt(2) : 5 + random.nextInt(16);
        hearing.notices.add(new NoticeDocument(null, draft.number + "之" + numeral(draft.noticeCount), agency.code(),
                hearing.date.minusDays(daysBefore)));
    }

    private void attend(HearingDraft hearing, AgencyInfo agency, Attendance attendance) {
        LocalDate date = hearing.date;
        OfficialEntry staff = agency.staff.get(random.nextInt(agency.staff.size()));
        switch (attendance) {
            case HEAD, HEAD_SILENT, HEAD_LEFT_EARLY, HEAD_BOTH_SOURCES, HEAD_PROOF_PENDING -> {
                OfficialEntry head = pickHead(agency, date);
                boolean spoke = attendance != Attendance.HEAD_SILENT;
                boolean leftEarly = attendance == Attendance.HEAD_LEFT_EARLY;
                // Reported by both sides like HEAD_BOTH_SOURCES, so that the demo's random draws stay the same.
                boolean pending = attendance == Attendance.HEAD_PROOF_PENDING;
                IdentityStatus proof = pending ? IdentityStatus.PENDING : null;
                hearing.appearances.add(appearance(agency, head, spoke, leftEarly, proof, null));
                hearing.appearances.add(appearance(agency, staff, true, false, null, null));
                if (attendance == Attendance.HEAD_BOTH_SOURCES || pending) {
                    hearing.appearances.add(appearance(agency, head, spoke, leftEarly, proof, AppearanceSource.COURT));
                    hearing.appearances.add(appearance(agency, staff, true, false, null, AppearanceSource.COURT));
                } else if (random.nextBoolean()) {
                    hearing.appearances.add(appearance(agency, agency.lawyer, true, false, null, null));
                }
            }
            case JUSTIFIED -> {
                delegation(hearing, agency, staff, date.minusDays(2 + random.nextInt(5)), DelegationStatus.APPROVED, true);
                staffAndLawyer(hearing, agency, staff);
            }
            case PENDING -> {
                delegation(hearing, agency, staff, date.minusDays(1 + random.nextInt(3)), DelegationStatus.SUBMITTED, true);
                staffAndLawyer(hearing, agency, staff);
            }
            case REJECTED_DELEGATION -> {
                delegation(hearing, agency, staff, date.minusDays(1 + random.nextInt(3)), DelegationStatus.REJECTED, false);
                staffAndLawyer(hearing, agency, staff);
            }
            case LATE_DELEGATION -> {
                delegation(hearing, agency, staff, date.plusDays(1 + random.nextInt(5)), DelegationStatus.SUBMITTED, true);
                staffAndLawyer(hearing, agency, staff);
            }
            case UNJUSTIFIED -> staffAndLawyer(hearing, agency, staff);
            case NO_ONE -> hearing.appearances.add(appearance(agency, agency.lawyer, true, false, null, null));
            case IDENTITY_REJECTED -> {
                hearing.appearances.add(appearance(agency, pickHead(agency, date), true, false, IdentityStatus.REJECTED, null));
                staffAndLawyer(hearing, agency, staff);
            }
            case FORMER_DEPUTY -> {
                hearing.appearances.add(appearance(agency, agency.formerDeputy, true, false, null, null));
                hearing.appearances.add(appearance(agency, staff, true, false, null, null));
            }
            case COURT_DISAGREES -> {
                // The agency reports its deputy; the court's record of the same hearing names only the staff (R10).
                hearing.appearances.add(appearance(agency, pickHead(agency, date), true, false, null, null));
                hearing.appearances.add(appearance(agency, staff, true, false, null, AppearanceSource.COURT));
            }
            default -> throw new IllegalStateException(attendance.name());
        }
    }

    private void staffAndLawyer(HearingDraft hearing, AgencyInfo agency, OfficialEntry staff) {
        hearing.appearances.add(appearance(agency, staff, true, false, null, null));
        hearing.appearances.add(appearance(agency, agency.lawyer, true, false, null, null));
    }

    private static AppearanceDocument appearance(AgencyInfo agency, OfficialEntry official, boolean spoke,
            boolean leftEarly, IdentityStatus identityStatus, AppearanceSource source) {
        return new AppearanceDocument(agency.code(), official.code(), spoke, leftEarly ? Boolean.TRUE : null,
                identityStatus, source);
    }

    private OfficialEntry pickHead(AgencyInfo agency, LocalDate date) {
        List<OfficialEntry> heads = agency.headsOn(date).stream()
                .filter(h -> h != agency.formerDeputy).toList();
        // Deputies in charge of the contested act appear most often; principals about a third of the time.
        List<OfficialEntry> principals = heads.stream().filter(h -> h.role() == OfficialRole.PRINCIPAL).toList();
        if (!principals.isEmpty() && random.nextInt(100) < 35) {
            return principals.get(0);
        }
        List<OfficialEntry> others = heads.stream().filter(h -> h.role() != OfficialRole.PRINCIPAL).toList();
        return others.isEmpty() ? principals.get(0) : others.get(random.nextInt(others.size()));
    }

    private static final List<String> DUTY_REASONS = List.of(
            "同日须主持召开全区安全生产专题会议，无法到庭应诉",
            "须参加市政府召开的防汛抗旱紧急调度会议，无法到庭",
            "开庭当日须带队开展重大项目现场督查，不能到庭应诉",
            "须出席区人大常委会会议并作专项工作报告，无法出庭",
            "须陪同上级督导组开展专项督导检查，无法按时到庭");
    private static final List<String> ACCIDENT_REASONS = List.of(
            "开庭前一日突发急性疾病住院治疗，无法按时到庭",
            "赴庭途中遭遇交通事故受伤，经医院诊治无法到庭");
    private static final List<String> FORCE_MAJEURE_REASONS = List.of(
            "辖区突发山体滑坡险情，须在现场指挥抢险救灾",
            "受疫情防控封控措施影响，无法离开所在地到庭");

    private void delegation(HearingDraft hearing, AgencyInfo agency, OfficialEntry delegate, LocalDate filedOn,
            DelegationStatus status, boolean specific) {
        ReasonCategory category;
        String reason;
        int roll = random.nextInt(10);
        if (!specific) {
            category = ReasonCategory.OTHER_JUSTIFIED;
            reason = "工作繁忙，另有公务安排，无法出庭应诉";
        } else if (roll < 7) {
            category = ReasonCategory.NON_DELEGABLE_DUTY;
            reason = DUTY_REASONS.get(random.nextInt(DUTY_REASONS.size()));
        } else if (roll < 9) {
            category = ReasonCategory.ACCIDENT;
            reason = ACCIDENT_REASONS.get(random.nextInt(ACCIDENT_REASONS.size()));
        } else {
            category = ReasonCategory.FORCE_MAJEURE;
            reason = FORCE_MAJEURE_REASONS.get(random.nextInt(FORCE_MAJEURE_REASONS.size()));
        }
        hearing.delegations.add(new DelegationDocument(agency.code(), category, reason, delegate.code(), filedOn,
                status, null));
    }

    // ---- outcomes ----

    private static final List<OutcomeResult> CHANGED = List.of(OutcomeResult.REVOKED, OutcomeResult.ORDERED_TO_PERFORM, OutcomeResult.CONFIRMED_ILLEGAL);

    /**
     * Every heard case concludes some weeks after its last hearing (or is still pending at the end of 2023). Then
     * 2022 is made to match the seed: cases without a hearing (withdrawn, or dismissed on filing) fill the concluded
     * count up to 370 for departments and 镇街, and exactly 27 of their single-defendant cases lose.
     */
    private void placeOutcomes() {
        List<CaseDraft> firstInstance = List.copyOf(cases);
        for (CaseDraft draft : firstInstance) {
            LocalDate concluded = draft.lastHeld().plusDays(20 + random.nextInt(100));
            if (!concluded.isAfter(DATA_END)) {
                draft.concludedOn = concluded;
            }
        }
        int concluded2022 = 0;
        for (CaseDraft draft : firstInstance) {
            if (draft.concludedIn(2022)) {
                concluded2022 += draft.departmentDefendants(agencies);
            }
        }
        // Push the latest conclusions into 2023 should 2022 hold more than the seed's count.
        List<CaseDraft> late = firstInstance.stream().filter(c -> c.concludedIn(2022))
                .sorted(Comparator.comparing((CaseDraft c) -> c.concludedOn).reversed().thenComparing(c -> c.number))
                .toList();
        for (int i = 0; concluded2022 > CONCLUDED_2022 - 12 && i < late.size(); i++) {
            concluded2022 -= late.get(i).departmentDefendants(agencies);
            late.get(i).concludedOn = LocalDate.of(2023, 1, 3 + random.nextInt(20));
        }
        List<Plan> busy = PLANS.stream().filter(p -> p.heard2022() >= 5).toList();
        while (concluded2022 < CONCLUDED_2022) {
            createWithoutHearing(busy.get(random.nextInt(busy.size())));
            concluded2022++;
        }
        List<CaseDraft> losable = new ArrayList<>(firstInstance.stream()
                .filter(c -> c.concludedIn(2022) && c.defendants.size() == 1
                        && !c.defendants.get(0).equals(GOVERNMENT))
                .sorted(Comparator.comparing(c -> c.number)).toList());
        Collections.shuffle(losable, random);
        for (int i = 0; i < CHANGED_2022; i++) {
            losable.get(i).result = CHANGED.get(random.nextInt(CHANGED.size()));
        }
        for (CaseDraft draft : cases) {
            if (draft.concludedOn != null && draft.result == null) {
                boolean mayLose = !draft.concludedIn(2022) && random.nextInt(100) < (draft.concludedIn(2021) ? 11 : 7);
                draft.result = mayLose ? CHANGED.get(random.nextInt(CHANGED.size())) : keptResult();
                draft.coordinated = (draft.result == OutcomeResult.WITHDRAWN || draft.result == OutcomeResult.MEDIATED)
                        && random.nextInt(100) < 60;
            }
        }
    }

    private OutcomeResult keptResult() {
        int roll = random.nextInt(100);
        return roll < 58 ? OutcomeResult.CLAIMS_DISMISSED : roll < 74 ? OutcomeResult.SUIT_DISMISSED : roll < 96 ? OutcomeResult.WITHDRAWN : OutcomeResult.MEDIATED;
    }

    private void createWithoutHearing(Plan plan) {
        AgencyInfo agency = agencies.get(plan.agencyCode());
        CaseDraft draft = new CaseDraft();
        draft.court = DISTRICT_COURT;
        draft.level = TrialLevel.FIRST_INSTANCE;
        draft.filedOn = LocalDate.of(2022, 1 + random.nextInt(10), 1 + random.nextInt(28));
        draft.number = caseNumber(DISTRICT_COURT, 2022, "行初");
        draft.defendants = List.of(agency.code());
        draft.mandatory = List.of();
        draft.cause = causeOfAction(agency);
        draft.plaintiffs = plaintiffs();
        draft.concludedOn = draft.filedOn.plusDays(15 + random.nextInt(45));
        draft.result = random.nextInt(100) < 70 ? OutcomeResult.WITHDRAWN : OutcomeResult.SUIT_DISMISSED;
        draft.coordinated = draft.result == OutcomeResult.WITHDRAWN && random.nextInt(100) < 60;
        cases.add(draft);
    }

    /** Appeals of some judgments, heard by the intermediate court; they never enter first-instance figures. */
    private void createAppeals() {
        List<CaseDraft> judged = cases.stream().filter(c -> c.concludedOn != null && !c.hearings.isEmpty()
                && c.court.equals(DISTRICT_COURT)).toList();
        for (CaseDraft original : judged) {
            if (random.nextInt(100) >= 12) {
                continue;
            }
            LocalDate heard = nextWorkday(original.concludedOn.plusDays(60 + random.nextInt(60)));
            if (heard.isAfter(DATA_END)) {
                continue;
            }
            CaseDraft appeal = new CaseDraft();
            appeal.court = INTERMEDIATE_COURT;
            appeal.level = TrialLevel.SECOND_INSTANCE;
            appeal.filedOn = original.concludedOn.plusDays(15 + random.nextInt(10));
            appeal.number = caseNumber(INTERMEDIATE_COURT, appeal.filedOn.getYear(), "行终");
            appeal.defendants = original.defendants;
            appeal.mandatory = original.mandatory;
            appeal.cause = original.cause;
            appeal.plaintiffs = original.plaintiffs;
            HearingDraft hearing = hearing(heard, HearingStatus.HELD);
            appeal.hearings.add(hearing);
            for (String code : original.defendants) {
                AgencyInfo agency = agencies.get(code);
                notice(appeal, hearing, agency);
                attend(hearing, agency, random.nextInt(100) < 40 ? Attendance.HEAD : Attendance.UNJUSTIFIED);
            }
            LocalDate concluded = heard.plusDays(20 + random.nextInt(60));
            if (!concluded.isAfter(DATA_END)) {
                appeal.concludedOn = concluded;
                appeal.result = random.nextInt(100) < 90 ? OutcomeResult.CLAIMS_DISMISSED : OutcomeResult.REVOKED;
                appeal.coordinated = false;
            }
            cases.add(appeal);
        }
    }

    // ---- the duty's own cases (docs/domain.md §4) ----

    /**
     * One 2023 case for each way the duty reads the law that a random district would show rarely or never: a
     * designated co-defendant (art. 3), a notice renewed after the head appeared (art. 7), an explanation the court
     * did not accept (art. 9) and a delegate from a lower-level body (art. 10(2)). A head who appears only at a later
     * hearing is already common: every two-hearing case whose head appears has the head at the last one.
     */
    private void createDutyScenarios() {
        AgencyInfo government = agencies.get(GOVERNMENT);
        AgencyInfo housing = agencies.get("YB-ZJ");
        AgencyInfo cityManagement = agencies.get("YB-CG");
        AgencyInfo market = agencies.get("YB-SC");
        AgencyInfo town = agencies.get("YB-HX");

        // art. 3: the government and 住建委 agreed that 住建委's head appears; the court notifies only it.
        CaseDraft designated = scenario(INTERMEDIATE_COURT, List.of(government, housing), "房屋征收补偿决定",
                LocalDate.of(2023, 4, 3));
        designated.designation = new AppearanceDesignation(List.of(housing.code()), DesignationBasis.AGREEMENT);
        designated.handling = housing.code();
        HearingDraft designatedHearing = held(designated, LocalDate.of(2023, 5, 16), housing);
        attend(designatedHearing, housing, Attendance.HEAD);
        designatedHearing.appearances.add(appearance(government, government.staff.get(0), true, false, null, null));
        designated.conclude(LocalDate.of(2023, 7, 20), OutcomeResult.CLAIMS_DISMISSED);

        // art. 7: 城管局's head appeared in March; the court notified it again for June, when a delegate went.
        CaseDraft renewed = scenario(DISTRICT_COURT, List.of(cityManagement), "违法建筑强制拆除",
                LocalDate.of(2023, 1, 30));
        attend(held(renewed, LocalDate.of(2023, 3, 14), cityManagement), cityManagement, Attendance.HEAD);
        HearingDraft again = held(renewed, LocalDate.of(2023, 6, 20), cityManagement);
        again.delegations.add(new DelegationDocument(cityManagement.code(), ReasonCategory.NON_DELEGABLE_DUTY,
                DUTY_REASONS.get(0), cityManagement.staff.get(0).code(), LocalDate.of(2023, 6, 15),
                DelegationStatus.APPROVED, CourtFinding.ACCEPTED));
        staffAndLawyer(again, cityManagement, cityManagement.staff.get(0));
        renewed.conclude(LocalDate.of(2023, 8, 28), OutcomeResult.CLAIMS_DISMISSED);

        // art. 9: the bureau approved 市场监管局's explanation; the court found it unacceptable, so it does not count.
        CaseDraft refused = scenario(DISTRICT_COURT, List.of(market), "食品安全行政处罚", LocalDate.of(2023, 7, 24));
        HearingDraft refusedHearing = held(refused, LocalDate.of(2023, 9, 12), market);
        refusedHearing.delegations.add(new DelegationDocument(market.code(), ReasonCategory.OTHER_JUSTIFIED,
                "局长当日另有重要公务安排，须参加会议，无法到庭应诉", market.staff.get(0).code(),
                LocalDate.of(2023, 9, 7), DelegationStatus.APPROVED, CourtFinding.NOT_ACCEPTED));
        staffAndLawyer(refusedHearing, market, market.staff.get(0));

        // art. 10(2): the government's delegate is staff of 回兴街道, a body under it; it stands for the government.
        CaseDraft lowerLevel = scenario(INTERMEDIATE_COURT, List.of(government), "行政复议", LocalDate.of(2023, 9, 4));
        HearingDraft lowerHearing = held(lowerLevel, LocalDate.of(2023, 10, 17), government);
        OfficialEntry townStaff = town.staff.get(0);
        lowerHearing.delegations.add(new DelegationDocument(government.code(), ReasonCategory.NON_DELEGABLE_DUTY,
                DUTY_REASONS.get(1), townStaff.code(), LocalDate.of(2023, 10, 12), DelegationStatus.APPROVED,
                CourtFinding.ACCEPTED));
        lowerHearing.appearances.add(appearance(government, townStaff, true, false, null, null));
        lowerHearing.appearances.add(appearance(government, government.lawyer, true, false, null, null));
    }

    private CaseDraft scenario(String court, List<AgencyInfo> defendants, String cause, LocalDate filedOn) {
        CaseDraft draft = new CaseDraft();
        draft.court = court;
        draft.level = TrialLevel.FIRST_INSTANCE;
        draft.filedOn = filedOn;
        draft.number = caseNumber(court, filedOn.getYear(), "行初");
        draft.defendants = defendants.stream().map(AgencyInfo::code).toList();
        draft.mandatory = List.of();
        draft.cause = cause;
        draft.plaintiffs = plaintiffs();
        cases.add(draft);
        return draft;
    }

    /** A held hearing of the case, with a notice to each agency named. */
    private HearingDraft held(CaseDraft draft, LocalDate date, AgencyInfo... notified) {
        HearingDraft hearing = hearing(date, HearingStatus.HELD);
        draft.hearings.add(hearing);
        for (AgencyInfo agency : notified) {
            draft.noticeCount++;
            hearing.notices.add(new NoticeDocument(null, draft.number + "之" + numeral(draft.noticeCount),
                    agency.code(), date.minusDays(10)));
        }
        return hearing;
    }

    // ---- names and wording ----

    private String caseNumber(String court, int year, String kind) {
        String key = court + year + kind;
        int n = caseNumbers.merge(key, 1 + random.nextInt(3), Integer::sum);
        String courtCode = court.equals(DISTRICT_COURT) ? "渝0112" : "渝01";
        return "（" + year + "）" + courtCode + kind + n + "号";
    }

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
            + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰红志新建国文斌波宇浩凯鹏辉林晨欣婷雪琳"
            + "德成海云峰荣光春亮松清飞健宏勤忠永家庆";

    private String personName() {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = random.nextInt(100) < 75 ? 2 : 1;
        for (int i = 0; i < given; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    private static final List<String> COMPANY_WORDS = List.of("渝兴", "两江", "嘉陵", "临空", "巴渝", "龙湖", "空港",
            "仙桃", "金开", "宝环");
    private static final List<String> COMPANY_TRADES = List.of("置业有限公司", "建筑工程有限公司", "商贸有限公司",
            "物流有限公司", "餐饮管理有限公司", "农业开发有限公司");

    private List<String> plaintiffs() {
        int roll = random.nextInt(100);
        if (roll < 20) {
            return List.of("重庆" + COMPANY_WORDS.get(random.nextInt(COMPANY_WORDS.size()))
                    + COMPANY_TRADES.get(random.nextInt(COMPANY_TRADES.size())));
        }
        List<String> people = new ArrayList<>();
        int count = roll < 85 ? 1 : 2 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            people.add(SURNAMES.charAt(random.nextInt(SURNAMES.length())) + (random.nextBoolean() ? "某" : "某某"));
        }
        return people;
    }

    private static final Map<String, List<String>> CAUSES = Map.ofEntries(
            Map.entry(GOVERNMENT, List.of("行政复议", "房屋征收决定", "政府信息公开", "行政复议")),
            Map.entry("YB-GA", List.of("治安管理处罚", "行政强制措施", "道路交通管理处罚", "户籍登记")),
            Map.entry("YB-GH", List.of("土地征收补偿", "不动产登记", "规划许可", "土地行政处罚")),
            Map.entry("YB-ZJ", List.of("房屋征收补偿决定", "建设行政处罚", "政府信息公开", "物业管理行政监督")),
            Map.entry("YB-RS", List.of("工伤认定", "劳动保障监察", "社会保险行政确认")),
            Map.entry("YB-SC", List.of("食品安全行政处罚", "投诉举报处理", "商标行政处罚")),
            Map.entry("YB-CG", List.of("违法建筑强制拆除", "城市管理行政处罚")),
            Map.entry("YB-ST", List.of("环境行政处罚", "环境影响评价审批")),
            Map.entry("YB-JT", List.of("道路运输行政处罚", "出租汽车经营许可")),
            Map.entry("YB-WJ", List.of("医疗机构行政处罚", "职业病诊断鉴定")),
            Map.entry("YB-NY", List.of("农村土地承包经营权登记", "农业行政处罚")));

    private String causeOfAction(AgencyInfo agency) {
        List<String> causes = CAUSES.get(agency.code());
        if (causes == null) {
            causes = agency.plan != null && agency.plan.kind() == SUBDISTRICT
                    ? List.of("违法建筑强制拆除", "行政协议", "政府信息公开", "不履行法定职责")
                    : List.of("政府信息公开", "行政处罚", "不履行法定职责", "行政许可");
        }
        return causes.get(random.nextInt(causes.size()));
    }

    private MandatoryCategory mandatoryCategory(AgencyInfo agency) {
        String code = agency.code();
        if (code.equals("YB-ST") || code.equals("YB-LY") || code.equals("YB-NY")) {
            return random.nextBoolean() ? MandatoryCategory.PROCURATORIAL_PUBLIC_INTEREST : MandatoryCategory.MAJOR_PUBLIC_INTEREST;
        }
        if (code.equals("YB-SC") || code.equals("YB-WJ")) {
            return MandatoryCategory.MAJOR_PUBLIC_INTEREST;
        }
        return random.nextBoolean() ? MandatoryCategory.MASS_INCIDENT_RISK : MandatoryCategory.HIGH_SOCIAL_CONCERN;
    }

    static String numeral(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        String tens = n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10));
        return tens + "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
    }

    // ---- drafts ----

    private static final class HearingDraft {
        OffsetDateTime at;
        LocalDate date;
        HearingStatus status;
        final List<NoticeDocument> notices = new ArrayList<>();
        final List<AppearanceDocument> appearances = new ArrayList<>();
        final List<DelegationDocument> delegations = new ArrayList<>();
    }

    private static final class CaseDraft {
        String court;
        String number;
        TrialLevel level;
        LocalDate filedOn;
        String cause;
        List<String> plaintiffs;
        List<String> defendants;
        List<MandatoryCategory> mandatory;
        final List<HearingDraft> hearings = new ArrayList<>();
        LocalDate concludedOn;
        OutcomeResult result;
        boolean coordinated;
        int noticeCount;
        AppearanceDesignation designation;
        String handling;

        void conclude(LocalDate on, OutcomeResult outcome) {
            concludedOn = on;
            result = outcome;
        }

        LocalDate lastHeld() {
            return hearings.stream().filter(h -> h.status == HearingStatus.HELD).map(h -> h.date)
                    .max(Comparator.naturalOrder()).orElse(filedOn);
        }

        boolean concludedIn(int year) {
            return concludedOn != null && concludedOn.getYear() == year && level == TrialLevel.FIRST_INSTANCE;
        }

        int departmentDefendants(Map<String, AgencyInfo> agencies) {
            return (int) defendants.stream().filter(d -> agencies.get(d).plan != null).count();
        }

        CaseDocument toLedger() {
            List<HearingDocument> ledgerHearings = hearings.stream()
                    .sorted(Comparator.comparing(h -> h.at))
                    .map(h -> new HearingDocument(h.at, h.status, List.copyOf(h.notices),
                            List.copyOf(h.appearances), List.copyOf(h.delegations)))
                    .toList();
            OutcomeDocument outcome = concludedOn == null ? null
                    : new OutcomeDocument(result, concludedOn, coordinated);
            return new CaseDocument(court, number, level, filedOn, cause, plaintiffs, defendants, mandatory,
                    ledgerHearings, outcome, designation, handling);
        }
    }
}
