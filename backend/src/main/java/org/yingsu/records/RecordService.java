package org.yingsu.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yingsu.agencies.AgencyAccess;
import org.yingsu.agencies.Official;
import org.yingsu.agencies.OfficialRepository;
import org.yingsu.common.time.Shanghai;
import org.yingsu.litigation.appearances.Appearance;
import org.yingsu.litigation.appearances.AppearanceRepository;
import org.yingsu.litigation.delegations.DelegationRepository;
import org.yingsu.litigation.vocabulary.AppearanceSource;
import org.yingsu.metrics.Absence;
import org.yingsu.metrics.AbsenceClass;
import org.yingsu.metrics.MetricsService;
import org.yingsu.metrics.Period;
import org.yingsu.observations.ObservationRecords;
import org.yingsu.training.TrainingRecords;
import org.yingsu.records.RecordDtos.DelegationLine;
import org.yingsu.records.RecordDtos.HearingAttended;
import org.yingsu.records.RecordDtos.ObservationLine;
import org.yingsu.records.RecordDtos.OfficialRecord;
import org.yingsu.records.RecordDtos.RecordSummary;
import org.yingsu.records.RecordDtos.TrainingLine;
import org.yingsu.records.RecordDtos.UnmetDuty;

/**
 * 述法: an official's year of appearing in court, gathered from the records each feature keeps — appearances and
 * delegations (litigation), the unmet duties (the figures' absence list, so it agrees with them), observations,
 * trainings.
 * Whoever sees the official sees the record (R9): the bureau every one, an agency user those of its agencies.
 * Accounts are not linked to officials, so "a head sees their own record" is their agency's users seeing it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RecordService {

    @Inject
    OfficialRepository officials;

    @Inject
    AgencyAccess access;

    @Inject
    AppearanceRepository appearances;

    @Inject
    DelegationRepository delegations;

    @Inject
    MetricsService metrics;

    @Inject
    ObservationRecords observations;

    @Inject
    TrainingRecords trainings;

    public Optional<OfficialRecord> record(String code, int year) {
        return officials.findByCode(code).filter(access::sees).map(o -> record(o, year));
    }

    private OfficialRecord record(Official o, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate inPostFrom = o.validFrom.isAfter(first) ? o.validFrom : first;
        LocalDate inPostTo = o.validTo != null && o.validTo.isBefore(last) ? o.validTo : last;
        boolean inPost = !inPostFrom.isAfter(inPostTo);
        OffsetDateTime from = first.atStartOfDay(Shanghai.ZONE).toOffsetDateTime();
        OffsetDateTime to = first.plusYears(1).atStartOfDay(Shanghai.ZONE).toOffsetDateTime();

        List<HearingAttended> hearings = attended(o, from, to);
        List<UnmetDuty> unmet = new ArrayList<>();
        List<DelegationLine> delegated = new ArrayList<>();
        if (inPost && o.role.isHead()) {
            for (Absence a : metrics.absences(Period.year(year), metrics.sanctionLevel(), o.agency.code)) {
                LocalDate dutyDate = a.hearings().stream().map(h -> Shanghai.dateOf(h.scheduledAt()))
                        .min(Comparator.naturalOrder()).orElse(null);
                if (dutyDate != null && !dutyDate.isBefore(inPostFrom) && !dutyDate.isAfter(inPostTo)) {
                    unmet.add(new UnmetDuty(a.caseId(), a.court(), a.caseNumber(), a.causeOfAction(), a.mandatory(),
                            a.absenceClass(), dutyDate, a.hearings().stream().map(Absence.AbsentHearing::scheduledAt)
                                    .toList()));
                }
            }
            unmet.sort(Comparator.comparing(UnmetDuty::dutyDate).thenComparing(UnmetDuty::caseNumber));
            delegations.ofAgency(o.agency.id, from, to).stream()
                    .filter(d -> !d.hearing.date().isBefore(inPostFrom) && !d.hearing.date().isAfter(inPostTo))
                    .forEach(d -> delegated.add(new DelegationLine(d.id, d.hearing.litigationCase.id,
                            d.hearing.litigationCase.caseNumber, Shanghai.local(d.hearing.scheduledAt),
                            d.reasonCategory, d.reason, d.delegate.name, d.delegate.title, d.filedOn, d.isLate(),
                            d.status, d.courtFinding)));
        }
        List<ObservationLine> observed = observations.attendedBy(o.id, from, to).stream()
                .map(x -> new ObservationLine(x.sessionId(), x.title(), x.place(), x.caseId(), x.court(),
                        x.caseNumber(), x.scheduledAt()))
                .toList();
        List<TrainingLine> trained = trainings.attendedBy(o.id, from, to).stream()
                .map(x -> new TrainingLine(x.sessionId(), x.topic(), x.speaker(), x.speakerCourt(), x.startsAt(),
                        x.place()))
                .toList();
        RecordSummary summary = new RecordSummary(hearings.size(),
                (int) hearings.stream().filter(HearingAttended::spoke).count(),
                (int) hearings.stream().filter(h -> !h.spoke()).count(),
                (int) hearings.stream().filter(HearingAttended::leftEarly).count(), unmet.size(),
                count(unmet, AbsenceClass.JUSTIFIED), count(unmet, AbsenceClass.PENDING),
                count(unmet, AbsenceClass.UNJUSTIFIED), delegated.size(), observed.size(),
                trained.size());
        return new OfficialRecord(year, o.code, o.name, o.title, o.role, o.role.isHead(), o.agency.code,
                o.agency.name, o.validFrom, o.validTo, inPost ? inPostFrom : null, inPost ? inPostTo : null, summary,
                hearings, unmet, delegated, observed, trained);
    }

    /** One line per held hearing; where both sides reported the official, the court's record (R10). */
    private List<HearingAttended> attended(Official o, OffsetDateTime from, OffsetDateTime to) {
        Map<Long, Appearance> byHearing = new LinkedHashMap<>();
        for (Appearance a : appearances.ofOfficial(o.id, from, to)) {
            if (!a.agency.id.equals(o.agency.id)) {
                continue; // standing in for another body as its corresponding staff is not this agency's record
            }
            byHearing.merge(a.hearing.id, a, (kept, next) -> next.source == AppearanceSource.COURT ? next : kept);
        }
        return byHearing.values().stream().map(a -> new HearingAttended(a.hearing.id, a.hearing.litigationCase.id,
                a.hearing.litigationCase.court, a.hearing.litigationCase.caseNumber,
                a.hearing.litigationCase.causeOfAction, Shanghai.local(a.hearing.scheduledAt), a.spoke, a.leftEarly,
                a.identityStatus, a.source, a.countsAsHead())).toList();
    }

    private static int count(List<UnmetDuty> unmet, AbsenceClass c) {
        return (int) unmet.stream().filter(u -> u.absenceClass() == c).count();
    }
}
