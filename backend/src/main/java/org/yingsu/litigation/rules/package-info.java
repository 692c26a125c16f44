/**
 * The rules of the duty to appear (R1, R3, R4, R5, R6, R10 and the duty of the figures) as pure functions: no CDI,
 * no database, plain values in and out. The single-record services, the ledger validator, court intake and the
 * stored duties all call these, so that a rule is written once; where SQL must state a rule too, a truth-table test
 * runs the same cases through both.
 */
package org.yingsu.litigation.rules;
