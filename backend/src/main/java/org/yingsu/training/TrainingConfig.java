package org.yingsu.training;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Training reminders: how many days before a session its invitees' agencies are reminded. */
@ConfigMapping(prefix = "yingsu.training")
public interface TrainingConfig {

    /** A session this many days ahead, or fewer, reminds the agencies of invitees whose attendance is open. */
    @WithDefault("7")
    int reminderDays();
}
