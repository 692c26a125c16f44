package org.yingsu.security;

/**
 * docs/domain.md §5. The string constants exist for {@code @RolesAllowed}, which takes compile-time constants.
 */
public enum Role {
    /** The bureau (司法局): everything, across agencies. */
    ADMIN,
    /** An agency user or token: its own agency and the agencies under it. */
    AGENCY,
    /** The court's system or clerk: pushes intake and reads back what the court side pushed. */
    COURT,
    /** An integration script: statistics only. */
    READER;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String AGENCY_NAME = "AGENCY";
    public static final String COURT_NAME = "COURT";
    public static final String READER_NAME = "READER";
}
