package org.yingsu.security;

/** A failed login: which account was tried, from which address, and why it failed. Never the password. */
public record LoginFailure(String username, String address, Reason reason) {

    public enum Reason {
        UNKNOWN_USER, WRONG_PASSWORD, DISABLED
    }
}
