package org.yingsu.litigation.rules;

/** A rule broken by a record: a stable code for programs and a sentence for people. */
public record Violation(String code, String message) {
}
