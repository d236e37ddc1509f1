package uz.ultramarket.local.click;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The test vectors of specs/click-shop-api.md §4. */
class ClickSignatureTest {

    @Test
    void prepareMatchesTheSpecsVector() {
        assertEquals("a9a601e403be491e2bdc39c9b35ab0ca", ClickSignature.md5("100000112345TESTSECRETKEY10011500002024-03-02 07:50:19"));
        assertEquals("a9a601e403be491e2bdc39c9b35ab0ca",
                ClickSignature.prepare("1000001", "12345", "TESTSECRETKEY", "1001", "15000", "0", "2024-03-02 07:50:19"));
    }

    @Test
    void completeMatchesTheSpecsVector() {
        assertEquals("97b05f9417c5c769450d58abcefa4e79",
                ClickSignature.complete("1000001", "12345", "TESTSECRETKEY", "1001", "555", "15000", "1", "2024-03-02 07:50:19"));
    }

    @Test
    void theAmountIsSignedAsWritten() {
        // "15000" and "15000.00" are one sum but two signatures: Click signs the exact string it sends
        assertNotEquals(ClickSignature.prepare("1", "2", "k", "3", "15000", "0", "t"), ClickSignature.prepare("1", "2", "k", "3", "15000.00", "0", "t"));
    }
}
