package org.yingsu.litigation.vocabulary;

import org.yingsu.common.text.Labelled;

/** Why only some co-defendants' heads must appear (法释〔2020〕3号 art. 3). */
public enum DesignationBasis implements Labelled {
    AGREEMENT,
    COURT;
}
