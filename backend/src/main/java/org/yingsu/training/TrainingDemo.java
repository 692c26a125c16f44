package org.yingsu.training;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.agencies.AgencyRepository;
import org.yingsu.common.demo.DemoDistrictLoaded;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.training.TrainingDtos.AttendanceEntry;
import org.yingsu.training.TrainingDtos.TrainingAttendanceBody;
import org.yingsu.training.TrainingDtos.TrainingCreate;
import org.yingsu.training.TrainingDtos.TrainingInvite;
import org.yingsu.training.TrainingDtos.TrainingResponse;

/**
 * The demo district's 2022 trainings: four sessions with judges of the district court and the 一中院, the heads of
 * the departments and 镇街 invited by agency, most of them attending — so the share trained varies by agency.
 */
@ApplicationScoped
class TrainingDemo {

    private record Plan(String topic, String speaker, String court, String startsAt, String place, AgencyKind kind,
            int attendsOutOfTen) {
    }

    private static final String DISTRICT_COURT = "重庆市渝北区人民法院";
    private static final String FIRST_INTERMEDIATE = "重庆市第一中级人民法院";
    private static final List<Plan> PLANS = List.of(
            new Plan("《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》解读", "陈立新", DISTRICT_COURT,
                    "2022-03-17T14:30:00+08:00", "区政府第一会议室", AgencyKind.DEPARTMENT, 8),
            new Plan("行政机关负责人出庭应诉实务与庭审规范", "刘文静", DISTRICT_COURT, "2022-06-23T09:30:00+08:00",
                    "区人民法院第一审判庭", AgencyKind.SUBDISTRICT, 7),
            new Plan("行政处罚类案件常见败诉原因分析", "赵卫东", FIRST_INTERMEDIATE, "2022-09-15T14:30:00+08:00",
                    "区司法局报告厅", AgencyKind.DEPARTMENT, 6),
            new Plan("征收补偿与行政协议案件审理要点", "孙明华", FIRST_INTERMEDIATE, "2022-11-24T14:30:00+08:00",
                    "区政府第二会议室", AgencyKind.SUBDISTRICT, 8));

    @Inject
    TrainingService service;

    @Inject
    TrainingRepository sessions;

    @Inject
    AgencyRepository agencies;

    void onDemoLoaded(@Observes DemoDistrictLoaded loaded) {
        // Reads in a transaction of their own; each service call below runs in its own, as a request would.
        if (QuarkusTransaction.requiringNew().call(sessions::count) > 0) {
            return;
        }
        for (Plan plan : PLANS) {
            TrainingResponse session = service.create(new TrainingCreate(plan.topic(), plan.speaker(), plan.court(),
                    OffsetDateTime.parse(plan.startsAt()), plan.place(), null));
            List<String> codes = QuarkusTransaction.requiringNew().call(() -> agencies.list("kind", plan.kind())
                    .stream().map(a -> a.code).sorted().toList());
            for (String code : codes) {
                try {
                    session = service.invite(session.id(), new TrainingInvite(List.of(code), List.of()), null);
                } catch (ProblemException noHeadThatDay) {
                    // an agency without a head in post on the day is simply not invited
                }
            }
            // Who came is drawn from the official's code, so that each session has its own absentees.
            List<AttendanceEntry> attendance = session.invitations().stream()
                    .map(i -> new AttendanceEntry(i.officialCode(),
                            Math.floorMod((i.officialCode() + plan.topic()).hashCode(), 10) < plan.attendsOutOfTen()))
                    .toList();
            service.recordAttendance(session.id(), new TrainingAttendanceBody(attendance), null);
        }
    }
}
