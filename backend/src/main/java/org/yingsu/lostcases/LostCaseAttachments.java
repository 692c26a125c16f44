package org.yingsu.lostcases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.yingsu.attachments.AgencyRecordOwner;
import org.yingsu.attachments.DocumentOwner;

/** The effective judgment is attached to the report; a filed report keeps what it was filed with. */
@ApplicationScoped
class LostCaseAttachments extends AgencyRecordOwner {

    @Inject
    LostCaseReportRepository reports;

    @Override
    public DocumentOwner type() {
        return DocumentOwner.LOST_CASE_REPORT;
    }

    @Override
    protected Optional<Long> agencyOf(long id) {
        return reports.findByIdOptional(id).map(report -> report.agency.id);
    }

    @Override
    public Optional<String> frozen(long id) {
        return reports.findByIdOptional(id).filter(r -> r.status != LostCaseStatus.DUE)
                .map(r -> "Lost-case report " + id + " is " + r.status
                        + "; its documents can no longer be added or removed");
    }
}
