package org.yingsu.coordination;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.agencies.AgencyRepository;
import org.yingsu.attachments.DocumentKind;
import org.yingsu.attachments.DocumentOwner;
import org.yingsu.attachments.DocumentService;
import org.yingsu.common.demo.DemoDistrictLoaded;
import org.yingsu.common.pdf.OfficialPdf;
import org.yingsu.coordination.DisputeDtos.BodyInput;
import org.yingsu.coordination.DisputeDtos.DisputeInput;
import org.yingsu.coordination.DisputeDtos.DisputeResolve;
import org.yingsu.coordination.DisputeDtos.DisputeReturn;
import org.yingsu.coordination.DisputeDtos.DisputeStart;
import org.yingsu.coordination.DisputeDtos.MeetingInput;
import org.yingsu.litigation.outcomes.OutcomeRepository;
import org.yingsu.litigation.vocabulary.OutcomeResult;
import org.yingsu.litigation.vocabulary.TrialLevel;

/**
 * The demo district's coordination centre in 2022: two dozen disputes, most resolved. The cases the demo ledger
 * marks coordinated get the 委托 disputes that explain it; the court's 委派 before filing and the direct ones are
 * spread over the year, a few returned and a few still open. All go through the service and its checks.
 */
@ApplicationScoped
class DisputeDemo {

    private record Resolved(long caseId, LocalDate concludedOn, OutcomeResult result, List<String> defendants) {
    }

    private static final String COURT = "重庆市渝北区人民法院";
    private static final List<String> SUBJECTS = List.of("不服房屋征收补偿决定，要求提高补偿标准",
            "不服行政处罚决定，认为处罚过重", "要求公开征地批复等政府信息", "不服工伤认定结论",
            "不服违法建筑强制拆除决定", "不动产登记错误，要求更正登记", "不服道路运输行政处罚",
            "对投诉举报处理结果不满", "要求履行安置补偿协议", "不服社会保险待遇核定");
    private static final List<String> APPLICANTS = List.of("李某", "王某某", "张某", "刘某", "陈某某", "杨某",
            "黄某", "赵某某", "周某", "吴某");

    @Inject
    DisputeService service;

    @Inject
    DisputeRepository disputes;

    @Inject
    AgencyRepository agencies;

    @Inject
    OutcomeRepository outcomes;

    @Inject
    DocumentService documents;

    void onDemoLoaded(@Observes DemoDistrictLoaded loaded) {
        // Reads in a transaction of their own; each service call below runs in its own, as a request would.
        if (QuarkusTransaction.requiringNew().call(disputes::count) > 0) {
            return;
        }
        List<String> bodies = bodies();
        List<String> departments = QuarkusTransaction.requiringNew().call(() -> agencies
                .list("kind = ?1 order by code", AgencyKind.DEPARTMENT).stream().map(a -> a.code).toList());
        int n = 0;
        // 委托: the cases the ledger says the centre resolved.
        List<Resolved> coordinated = QuarkusTransaction.requiringNew().call(() -> outcomes
                .list("coordinated = true and concludedOn >= ?1 and concludedOn < ?2 and litigationCase.trialLevel = ?3"
                        + " order by caseId", LocalDate.of(2022, 3, 1), LocalDate.of(2023, 1, 1),
                        TrialLevel.FIRST_INSTANCE)
                .stream().limit(6).map(o -> new Resolved(o.caseId, o.concludedOn, o.result,
                        o.litigationCase.defendants.stream().map(a -> a.code).sorted().toList())).toList());
        for (Resolved outcome : coordinated) {
            LocalDate received = outcome.concludedOn().minusDays(40);
            long id = service.create(new DisputeInput(number(++n), DisputeSource.ENTRUSTED_AFTER_FILING, COURT,
                    "（2022）渝0112民调委" + (300 + n) + "号", received.plusDays(45), outcome.caseId(), received,
                    SUBJECTS.get(n % SUBJECTS.size()), List.of(APPLICANTS.get(n % APPLICANTS.size())),
                    outcome.defendants(), null)).id();
            work(id, bodies.get(n % bodies.size()), received, 2);
            boolean agreement = outcome.result() == OutcomeResult.MEDIATED;
            resolve(id, agreement ? DisputeResolution.MEDIATION_AGREEMENT : DisputeResolution.WITHDRAWAL,
                    outcome.concludedOn().minusDays(3));
        }
        // 委派 before filing and direct: received over the year, most resolved, a few returned, the last still open.
        for (int k = 0; n < 24; k++) {
            n++;
            boolean entrusted = k % 3 != 2;
            LocalDate received = LocalDate.of(2022, 1, 10).plusDays(k * 19L);
            LocalDate limit = entrusted ? received.plusDays(k % 7 == 3 ? 20 : 30) : null;
            String agency = departments.get((k * 7) % departments.size());
            long id = service.create(new DisputeInput(number(n), entrusted ? DisputeSource.ENTRUSTED_BEFORE_FILING
                    : DisputeSource.DIRECT, entrusted ? COURT : null,
                    entrusted ? "（2022）渝0112诉前调" + (1000 + k * 37) + "号" : null, limit, null, received,
                    SUBJECTS.get(k % SUBJECTS.size()), List.of(APPLICANTS.get(k % APPLICANTS.size())),
                    List.of(agency), null)).id();
            if (k == 17) {
                continue; // received in December, not yet taken up
            }
            if (k == 5 || k == 11) {
                service.returnToCourt(id, new DisputeReturn(received.plusDays(26), "申请人坚持通过诉讼解决，"
                        + "调解不成，退回法院依法立案"), null);
                continue;
            }
            String body = bodies.get((k + 1) % bodies.size());
            work(id, body, received, 1 + k % 2);
            if (k == 16) {
                continue; // in progress at the year's end
            }
            // Mostly within the time limit; the ones given 20 days take 24 (overdue).
            LocalDate closed = received.plusDays(k % 7 == 3 ? 24 : 12 + k % 9);
            resolve(id, DisputeResolution.values()[k % 3], closed);
        }
    }

    private List<String> bodies() {
        List<String> codes = new ArrayList<>(List.of("CENTRE"));
        List<String[]> subdistricts = QuarkusTransaction.requiringNew().call(() -> agencies
                .list("kind = ?1 order by code", AgencyKind.SUBDISTRICT).stream().limit(3)
                .map(a -> new String[] {a.code, a.name}).toList());
        for (String[] subdistrict : subdistricts) {
            String code = "TJW-" + subdistrict[0];
            service.createBody(new BodyInput(code, subdistrict[1] + "人民调解委员会", MediatingBodyKind.SUBDISTRICT,
                    true));
            codes.add(code);
        }
        service.createBody(new BodyInput("ZY-ZDCQ", "区征地拆迁纠纷人民调解委员会", MediatingBodyKind.PROFESSIONAL,
                true));
        service.createBody(new BodyInput("ZY-SB", "区劳动和社会保障纠纷人民调解委员会", MediatingBodyKind.PROFESSIONAL,
                true));
        codes.add("ZY-ZDCQ");
        codes.add("ZY-SB");
        return codes;
    }

    private void work(long id, String body, LocalDate received, int meetings) {
        service.start(id, new DisputeStart(body, received.plusDays(2)), null);
        for (int m = 1; m <= meetings; m++) {
            service.addMeeting(id, new MeetingInput(received.plusDays(2L + m * 4L), "协调化解中心调解室",
                    "申请人及其代理人，被申请机关分管负责人及法制机构工作人员，调解员", m == meetings
                            ? "双方就争议焦点充分沟通，初步达成一致意见" : "听取双方意见，释法明理"), null);
        }
    }

    private void resolve(long id, DisputeResolution resolution, LocalDate on) {
        if (resolution.needsAgreement()) {
            documents.upload(DocumentOwner.DISPUTE, id, DocumentKind.AGREEMENT,
                    resolution == DisputeResolution.SETTLEMENT ? "和解协议.pdf" : "调解协议书.pdf", "application/pdf",
                    agreement(resolution));
        }
        service.resolve(id, new DisputeResolve(resolution, on, switch (resolution) {
            case WITHDRAWAL -> "经协调，行政机关自行纠正，申请人撤回起诉（申请）";
            case SETTLEMENT -> "双方达成和解，行政机关依法重新作出处理，申请人不再争议";
            case MEDIATION_AGREEMENT -> "在调解组织主持下双方签订调解协议，争议实质化解";
        }), null);
    }

    private static String number(int n) {
        return String.format("渝北协调〔2022〕%d号", n);
    }

    private static byte[] agreement(DisputeResolution resolution) {
        try (OfficialPdf pdf = OfficialPdf.create(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.title(resolution == DisputeResolution.SETTLEMENT ? "和解协议" : "调解协议书", List.of());
            pdf.paragraph("经重庆市渝北区行政争议协调化解中心组织协调，双方当事人在平等自愿的基础上达成如下协议，"
                    + "本协议自双方签字（盖章）之日起生效。", 14, false, 2);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
