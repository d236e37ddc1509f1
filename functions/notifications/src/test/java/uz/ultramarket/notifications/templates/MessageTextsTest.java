package uz.ultramarket.notifications.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.notification.Notification;
import uz.ultramarket.core.notification.NotificationTemplate;

class MessageTextsTest {
    private final MessageTexts texts = new MessageTexts();

    @Test
    void everyTemplateHasEveryTextInEveryLanguageAndUsesExactlyItsParameters() {
        for (var template : NotificationTemplate.values()) {
            var parameters = template.parameters().stream().map(NotificationTemplate.Parameter::name).toList();
            for (var language : Notification.LANGUAGES) {
                var text = texts.text(template, language);
                for (var part : new String[] {text.sms(), text.emailSubject(), text.emailBody()}) {
                    assertTrue(parameters.containsAll(MessageTexts.placeholders(part)), template.id() + "/" + language + ": " + part);
                }
                assertEquals(new HashSet<>(parameters), new HashSet<>(MessageTexts.placeholders(text.sms())),
                        template.id() + "/" + language + ": the SMS says everything the template carries");
                assertTrue(text.sms().startsWith("UltraMarket: "), "the customer sees who writes: " + text.sms());
            }
        }
    }

    @Test
    void latinTextsStayInTheGsmAlphabetAndOnePart() {
        for (var template : NotificationTemplate.values()) {
            for (var language : new String[] {"uz", "en"}) {
                // placeholders aside, printable ASCII without GSM 03.38's escaped or missing characters
                String sms = texts.text(template, language).sms().replaceAll("\\{[A-Za-z]+}", "X".repeat(20));
                assertTrue(sms.chars().allMatch(c -> c >= 0x20 && c < 0x7F && "`^{}[]~|\\".indexOf(c) < 0), "GSM basic characters only: " + sms);
                assertTrue(sms.length() <= 160, "one SMS part, even with long values: " + sms);
            }
        }
    }

    @Test
    void parametersAreFilledAndMoneyIsWrittenInSom() {
        var paid = Notification.sms("k", "+998901234567", NotificationTemplate.ORDER_PAID, "uz", Map.of("orderNumber", "UM-1001", "total", "125000050"));
        assertEquals("UltraMarket: UM-1001 buyurtma uchun 1 250 000,50 so'm to'lov qabul qilindi.", texts.render(paid).text());

        var email = Notification.email("k", "a@b.uz", NotificationTemplate.ORDER_SHIPPED, "en",
                Map.of("orderNumber", "UM-7", "carrier", "BTS", "trackingNumber", "UZ<1>&2"));
        var rendered = texts.render(email);
        assertEquals("UltraMarket: order UM-7 has shipped", rendered.subject());
        assertEquals("Your order UM-7 has shipped (BTS).\nTracking number: UZ<1>&2.", rendered.text());
        assertTrue(rendered.html().contains("Tracking number: UZ&lt;1&gt;&amp;2.</p>"), rendered.html());
    }

    @Test
    void aParameterValueIsNeverReadAsAPlaceholderOrAReplacementPattern() {
        var otp = Notification.sms("k", "+998901234567", NotificationTemplate.OTP_CODE, "en", Map.of("code", "$1{code}\\"));
        assertEquals("UltraMarket: your verification code is $1{code}\\. Do not share it with anyone.", texts.render(otp).text());
    }
}
