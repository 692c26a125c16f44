package org.yingsu.security;

import java.util.Set;

/**
 * What one caller may see. The system itself (start-up, demo data) has no caller and sees everything; an
 * anonymous request sees nothing, like a READER.
 */
public record Scope(Caller caller, Role role, Set<Long> agencyIds, String actor) {

    static final Scope SYSTEM = new Scope(null, Role.ADMIN, Set.of(), "system");
    static final Scope NOBODY = new Scope(null, Role.READER, Set.of(), "anonymous");

    static Scope of(Caller caller, Set<Long> agencyIds) {
        return new Scope(caller, caller.role(), agencyIds, caller.getName());
    }

    public boolean all() {
        return role == Role.ADMIN;
    }
}
