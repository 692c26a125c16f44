package org.yingsu.warnings;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.yingsu.warnings.WarningDtos.WarningResponse;

/** E-mails new warnings to the agency and the bureau, in Chinese; does nothing unless e-mail is enabled. */
@ApplicationScoped
public class EmailNotifier implements Notifier {

    private static final Logger LOG = Logger.getLogger(EmailNotifier.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    @Inject
    Mailer mailer;

    @Inject
    WarningConfig config;

    @Override
    public void warningsRaised(String agencyName, String agencyEmail, List<WarningResponse> warnings) {
        if (!config.email().enabled()) {
            return;
        }
        List<String> recipients = new ArrayList<>();
        if (agencyEmail != null) {
            recipients.add(agencyEmail);
        }
        config.email().bureau().ifPresent(recipients::add);
        if (recipients.isEmpty()) {
            LOG.warnf("No e-mail address for %s or the bureau: %d warnings not sent", agencyName, warnings.size());
            return;
        }
        StringBuilder text = new StringBuilder(agencyName).append("：\n\n以下案件即将开庭，贵单位尚未确认出庭负责人，也未提交委托出庭说明。"
                + "请尽快确认出庭的负责人，或依法提交书面委托说明。\n\n");
        for (WarningResponse w : warnings) {
            text.append("· ").append(w.caseNumber()).append("（").append(w.court()).append("），开庭时间 ")
                    .append(WHEN.format(w.scheduledAt())).append('\n');
        }
        text.append("\n—— 应诉系统 出庭预警");
        Mail mail = Mail.withText(recipients.get(0), "出庭预警：" + warnings.size() + " 件案件即将开庭", text.toString());
        if (recipients.size() > 1) {
            mail.setCc(recipients.subList(1, recipients.size()));
        }
        mailer.send(mail);
    }
}
