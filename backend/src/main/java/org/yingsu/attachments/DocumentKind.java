package org.yingsu.attachments;

/** 授权委托书, 身份证明, 裁判文书, 整改答复, evidence, other, 和解协议/调解协议书. */
public enum DocumentKind {
    DELEGATION_LETTER, IDENTITY_PROOF, JUDGMENT, RESPONSE, EVIDENCE, OTHER, AGREEMENT
}
