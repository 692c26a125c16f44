package org.yingsu.litigation.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CaseNumbersTests {

    private static final String COURT_FORM = "（2022）渝0112行初116号";

    @Test
    void theCourtsFormIsKept() {
        assertEquals(COURT_FORM, CaseNumbers.normalise(COURT_FORM));
    }

    @Test
    void halfWidthAndHexagonalBracketsReadAsFullWidthParentheses() {
        assertEquals(COURT_FORM, CaseNumbers.normalise("(2022)渝0112行初116号"));
        assertEquals(COURT_FORM, CaseNumbers.normalise("〔2022〕渝0112行初116号"));
        assertEquals(COURT_FORM, CaseNumbers.normalise("[2022）渝0112行初116号"));
    }

    @Test
    void spacesAndFullWidthDigitsAreDropped() {
        assertEquals(COURT_FORM, CaseNumbers.normalise(" ( 2022 )\u3000渝0112 行初116号 "));
        assertEquals(COURT_FORM, CaseNumbers.normalise("（２０２２）渝０１１２行初１１６号"));
    }
}
