package org.yingsu.attachments;

import java.util.Optional;
import java.util.Set;

/**
 * A kind of record that documents are attached to, implemented by the feature that owns such records: a document is
 * seen by whoever sees the record it is attached to (R9), and the record says when it takes no more changes.
 */
public interface AttachmentOwner {

    DocumentOwner type();

    /** The agencies the record belongs to; empty when no such record exists. */
    Set<Long> agencies(long id);

    /** Whether the caller sees the record, and so its documents. */
    boolean sees(long id);

    /** Why documents can no longer be added to or removed from the record, if they cannot. */
    default Optional<String> frozen(long id) {
        return Optional.empty();
    }
}
