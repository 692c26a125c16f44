package org.yingsu.attachments;

/** 授权委托书, 身份证明, 裁判文书, 整改答复, evidence, other. */
public enum DocumentKind {
    DELEGATION_LETTER, IDENTITY_PROOF, JUDGMENT, RESPONSE, EVIDENCE, OTHER
}
