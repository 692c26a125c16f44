package org.yingsu.accountability;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yingsu.accountability.ReferralDtos.ReferralAnswer;
import org.yingsu.accountability.ReferralDtos.ReferralInput;
import org.yingsu.accountability.ReferralDtos.ReferralSend;
import org.yingsu.accountability.ReferralDtos.ReferralWithdrawal;
import org.yingsu.common.demo.DemoDistrictLoaded;
import org.yingsu.metrics.Absence;
import org.yingsu.metrics.AbsenceClass;
import org.yingsu.metrics.MetricsService;
import org.yingsu.metrics.Period;

/**
 * The demo district's referrals (追责) for 2022's unjustified absences, one per agency that had one, drafted in early
 * 2023 and in every state: answered with each kind of decision, sent and awaiting the answer, withdrawn, drafted.
 * They go through the service (the prefill and its checks); only the dates are then set back to 2023, as the service
 * dates a draft and a withdrawal today.
 */
@ApplicationScoped
class ReferralDemo {

    private enum Fate {
        ADMONITION_TALK, CIRCULATED_CRITICISM, DISCIPLINARY_SANCTION, NO_ACCOUNTABILITY, SENT, WITHDRAWN, DRAFTED
    }

    private static final List<Fate> FATES = List.of(Fate.ADMONITION_TALK, Fate.SENT, Fate.CIRCULATED_CRITICISM,
            Fate.DRAFTED, Fate.WITHDRAWN, Fate.NO_ACCOUNTABILITY, Fate.SENT, Fate.DISCIPLINARY_SANCTION,
            Fate.DRAFTED, Fate.WITHDRAWN, Fate.SENT, Fate.DRAFTED);

    @Inject
    ReferralService service;

    @Inject
    ReferralRepository referrals;

    @Inject
    MetricsService metrics;

    void onDemoLoaded(@Observes DemoDistrictLoaded loaded) {
        // Reads in a transaction of their own; each service call below runs in its own, as a request would.
        if (QuarkusTransaction.requiringNew().call(referrals::count) > 0) {
            return;
        }
        // At most two per agency, so that the referrals spread over the agencies that had unjustified absences.
        Map<String, Integer> perAgency = new LinkedHashMap<>();
        List<Absence> chosen = new ArrayList<>();
        for (Absence a : QuarkusTransaction.requiringNew().call(() -> metrics.absences(Period.year(2022),
                metrics.sanctionLevel(), null))) {
            if (a.absenceClass() == AbsenceClass.UNJUSTIFIED && perAgency.merge(a.agencyCode(), 1, Integer::sum) <= 2) {
                chosen.add(a);
            }
        }
        int n = 0;
        for (Absence absence : chosen) {
            if (n == FATES.size()) {
                break;
            }
            Fate fate = FATES.get(n);
            LocalDate drafted = LocalDate.of(2023, 1, 9).plusDays(n * 3L);
            ReferralInput draft = service.prefill(ReferralGround.UNJUSTIFIED_ABSENCE, null, null, null,
                    absence.caseId(), absence.agencyCode());
            long id = service.create(draft).id();
            dated(id, drafted);
            n++;
            if (fate == Fate.DRAFTED) {
                continue;
            }
            LocalDate sent = drafted.plusDays(4);
            service.send(id, new ReferralSend(String.format("渝北司法函〔2023〕%d号", 10 + n), sent), null);
            if (fate == Fate.SENT) {
                continue;
            }
            if (fate == Fate.WITHDRAWN) {
                service.withdraw(id, new ReferralWithdrawal("经核实，该局已补交经法院认可的委托出庭说明，撤回移送"), null);
                withdrawnOn(id, sent.plusDays(10));
                continue;
            }
            ReferralDecision decision = ReferralDecision.valueOf(fate.name());
            service.answer(id, new ReferralAnswer(decision, sent.plusDays(30), switch (decision) {
                case ADMONITION_TALK -> "区纪委监委对该单位主要负责人进行诫勉谈话，责令作出书面检查。";
                case CIRCULATED_CRITICISM -> "区纪委监委对该单位予以全区通报批评，并抄送区委组织部。";
                case DISCIPLINARY_SANCTION -> "对负有责任的分管负责人给予政务警告处分。";
                case NO_ACCOUNTABILITY -> "经调查，负责人当日因突发公务无法出庭，情有可原，不予追责，予以提醒。";
            }), null);
        }
    }

    private void dated(long id, LocalDate drafted) {
        QuarkusTransaction.requiringNew().run(() -> referrals.findById(id).draftedOn = drafted);
    }

    private void withdrawnOn(long id, LocalDate on) {
        QuarkusTransaction.requiringNew().run(() -> referrals.findById(id).withdrawnOn = on);
    }
}
