package org.yingsu.interviews;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.yingsu.interviews.InterviewDtos.RefreshResult;

/** Turns agencies at zero into interview tasks without anyone opening a page. */
@ApplicationScoped
public class InterviewJob {

    private static final Logger LOG = Logger.getLogger(InterviewJob.class);

    @Inject
    InterviewService interviews;

    @Scheduled(every = "${yingsu.supervision.interviews.refresh-every:1h}",
            delayed = "${yingsu.supervision.first-refresh-after:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "interview-tasks")
    void tick() {
        RefreshResult result = interviews.refreshRecent();
        if (result.ran() && (result.created() > 0 || result.reopened() > 0 || result.cancelled() > 0
                || result.noLongerAtZero() > 0)) {
            LOG.infof("Interview tasks for %s: %d opened, %d reopened, %d cancelled, %d no longer at zero; %d open",
                    result.periods(), result.created(), result.reopened(), result.cancelled(),
                    result.noLongerAtZero(), result.open());
        }
    }
}
