package org.yingsu.training;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.yingsu.agencies.AgencyRepository;
import org.yingsu.training.TrainingDtos.ReminderResponse;
import org.yingsu.training.TrainingDtos.RemindResult;
import org.yingsu.warnings.WarningConfig;

/**
 * Reminds each invitee's agency of a coming session once, by e-mail when e-mail is on (the pre-hearing warnings'
 * settings, copied to the bureau), on the warnings' schedule; the page shows the same reminders meanwhile.
 */
@ApplicationScoped
class TrainingReminders {

    private static final Logger LOG = Logger.getLogger(TrainingReminders.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    @Inject
    TrainingService trainings;

    @Inject
    AgencyRepository agencies;

    @Inject
    WarningConfig warnings;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Scheduled(every = "${yingsu.supervision.refresh-every:5m}", delayed = "${yingsu.supervision.first-refresh-after:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "training-reminders")
    void tick() {
        RemindResult result = remind();
        if (result.agenciesReminded() > 0) {
            LOG.infof("Training reminders: %d agencies, %d invitations", result.agenciesReminded(),
                    result.invitationsReminded());
        }
    }

    @Transactional
    RemindResult remind() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int invitations = 0;
        List<ReminderResponse> due = trainings.unsent();
        for (ReminderResponse reminder : due) {
            send(reminder);
            trainings.markReminded(reminder.sessionId(), reminder.agencyCode(), now);
            invitations += reminder.officials().size();
        }
        return new RemindResult(due.size(), invitations);
    }

    private void send(ReminderResponse reminder) {
        if (!warnings.email().enabled()) {
            return;
        }
        List<String> recipients = new ArrayList<>();
        agencies.findByCode(reminder.agencyCode()).map(a -> a.email).ifPresent(recipients::add);
        warnings.email().bureau().ifPresent(recipients::add);
        if (recipients.isEmpty()) {
            LOG.warnf("No e-mail address for %s or the bureau: training reminder not sent", reminder.agencyName());
            return;
        }
        String text = reminder.agencyName() + "：\n\n贵单位受邀参加出庭应诉专题培训，请相关人员准时参加。\n\n"
                + "主题：" + reminder.topic() + "\n主讲：" + reminder.speaker() + "\n时间：" + WHEN.format(reminder.startsAt())
                + "\n地点：" + reminder.place() + "\n受邀人员：" + String.join("、", reminder.officials())
                + "\n\n—— 应诉系统 培训提醒";
        Mail mail = Mail.withText(recipients.get(0), "培训提醒：" + reminder.topic(), text);
        if (recipients.size() > 1) {
            mail.setCc(recipients.subList(1, recipients.size()));
        }
        mailer.send(mail);
    }
}
