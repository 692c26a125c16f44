package org.yingsu.papers;

/** What the papers check found wrong with a hearing's papers (SPEC §6, 定期检查身份资格及委托手续). */
public enum PapersCheckKind {
    /** An appearance whose identity proof (身份证明 / 授权委托书, SPC art. 6) is still PENDING after the hearing. */
    PENDING_IDENTITY,
    /** A delegation with neither its delegation letter nor evidence attached (SPC art. 9). */
    DELEGATION_WITHOUT_PAPERS,
    /** A delegation whose explanation the court did not accept (art. 9): it counts as not approved. */
    DELEGATION_NOT_ACCEPTED
}
