package org.yingsu.recommendations;

/** Received from the court, answered by the agency, closed by the bureau. */
public enum RecommendationStatus {
    RECEIVED, ANSWERED, DONE
}
