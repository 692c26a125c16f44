package org.yingsu.warnings;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.yingsu.warnings.WarningDtos.RefreshResult;

/** Keeps warnings current without anyone opening a page. */
@ApplicationScoped
public class WarningJob {

    private static final Logger LOG = Logger.getLogger(WarningJob.class);

    @Inject
    WarningService warnings;

    @Scheduled(every = "${yingsu.supervision.refresh-every:5m}", delayed = "${yingsu.supervision.first-refresh-after:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "hearing-warnings")
    void tick() {
        RefreshResult result = warnings.refresh();
        if (result.ran() && (result.raised() > 0 || result.resolved() > 0)) {
            LOG.infof("Hearing warnings: %d raised, %d resolved, %d open", result.raised(), result.resolved(),
                    result.open());
        }
    }
}
