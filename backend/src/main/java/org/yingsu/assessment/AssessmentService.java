package org.yingsu.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yingsu.assessment.AssessmentDtos.AgencyAssessment;
import org.yingsu.assessment.AssessmentDtos.Assessment;
import org.yingsu.assessment.AssessmentDtos.Cause;
import org.yingsu.assessment.AssessmentDtos.PointsChange;
import org.yingsu.assessment.AssessmentDtos.PointsResponse;
import org.yingsu.assessment.AssessmentDtos.PointsUpdate;
import org.yingsu.metrics.Absence;
import org.yingsu.metrics.AbsenceClass;
import org.yingsu.metrics.ComplianceFigures;
import org.yingsu.metrics.MetricsService.PointsSetting;
import org.yingsu.metrics.MetricsService;
import org.yingsu.metrics.Period;

/**
 * 考核 (R7): per agency and year, the points deducted for unjustified absences, each with its case and hearings.
 * Built from the figures' own absence list and points, so it always agrees with their {@code assessmentDeduction};
 * first-instance cases, as the figures count by default. Scoped like the figures (R9).
 */
@ApplicationScoped
@Transactional
class AssessmentService {

    @Inject
    MetricsService metrics;


    /** Stores nothing, so it reads the figures where figures are read (a reporting replica when there is one). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Assessment assessment(int year, String agencyCode) {
        Period period = Period.year(year);
        BigDecimal each = metrics.pointsPerUnjustifiedAbsence(year);
        List<ComplianceFigures> figures = metrics.compliance(period, metrics.sanctionLevel(), agencyCode)
                .agencies();
        Map<String, List<Cause>> causes = new HashMap<>();
        for (Absence absence : metrics.absences(period, metrics.sanctionLevel(), agencyCode)) {
            if (absence.absenceClass() == AbsenceClass.UNJUSTIFIED) {
                causes.computeIfAbsent(absence.agencyCode(), k -> new ArrayList<>()).add(new Cause(
                        absence.caseId(), absence.court(), absence.caseNumber(), absence.causeOfAction(),
                        absence.mandatory(), absence.hearings(), each));
            }
        }
        List<AgencyAssessment> agencies = figures.stream().map(f -> {
            List<Cause> own = causes.getOrDefault(f.agencyCode(), List.of());
            return new AgencyAssessment(f.agencyCode(), f.agencyName(), f.agencyKind(), own.size(),
                    each.multiply(BigDecimal.valueOf(own.size())), List.copyOf(own));
        }).toList();
        long unjustified = agencies.stream().mapToLong(AgencyAssessment::unjustifiedAbsences).sum();
        return new Assessment(year, each, metrics.points(year).setByBureau(), unjustified,
                each.multiply(BigDecimal.valueOf(unjustified)), agencies);
    }

    public PointsResponse points(int year) {
        return response(metrics.points(year));
    }

    /** The bureau's points for a year; the figures' deductions of that year change with them. */
    public PointsResponse setPoints(int year, PointsUpdate body, String ifMatch) {
        return response(metrics.setPoints(year, body.points(), ifMatch));
    }

    public List<PointsChange> pointsChanges(int year) {
        return metrics.pointsChanges(year).stream().map(c -> new PointsChange(c.id(), c.year(), c.oldPoints(),
                c.oldSetByBureau(), c.newPoints(), c.changedByName(), c.changedAt())).toList();
    }

    private static PointsResponse response(PointsSetting setting) {
        return new PointsResponse(setting.year(), setting.points(), setting.setByBureau(), setting.version());
    }
}
