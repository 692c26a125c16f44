package org.yingsu.warnings;

import java.util.List;
import org.yingsu.warnings.WarningDtos.WarningResponse;

/** Tells an agency and the bureau about new warnings; e-mail is one way, more may come. */
public interface Notifier {

    void warningsRaised(String agencyName, String agencyEmail, List<WarningResponse> warnings);
}
