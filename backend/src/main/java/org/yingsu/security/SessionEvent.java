package org.yingsu.security;

/** A person logged in or out: {@code action} is LOGIN or LOGOUT; fired within the transaction that made the change. */
public record SessionEvent(String action, String actor, long sessionId, String username) {
}
