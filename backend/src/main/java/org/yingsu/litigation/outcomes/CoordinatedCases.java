package org.yingsu.litigation.outcomes;

/**
 * Tells whether the coordination centre resolved a case, so that the case's outcome is {@code coordinated} whichever
 * arrives first, the centre's resolution or the court's outcome. Implemented by the module that keeps the disputes;
 * litigation does not know it.
 */
public interface CoordinatedCases {

    boolean resolvedByCoordination(long caseId);
}
