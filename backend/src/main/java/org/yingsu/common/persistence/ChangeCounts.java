package org.yingsu.common.persistence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many records of one collection a request created, changed, or found already as sent. */
@Schema(name = "ChangeCounts")
public record ChangeCounts(int created, int updated, int unchanged) {

    public static final ChangeCounts NONE = new ChangeCounts(0, 0, 0);

    public ChangeCounts plus(ChangeCounts other) {
        return new ChangeCounts(created + other.created, updated + other.updated, unchanged + other.unchanged);
    }

    /** Of {@code total} records sent, {@code created} were new and {@code updated} changed; the rest were as sent. */
    public static ChangeCounts of(int total, int created, int updated) {
        return new ChangeCounts(created, updated, total - created - updated);
    }
}
