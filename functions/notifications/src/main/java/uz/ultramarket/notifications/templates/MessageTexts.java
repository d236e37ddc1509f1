package uz.ultramarket.notifications.templates;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uz.ultramarket.core.money.Money;
import uz.ultramarket.core.notification.Notification;
import uz.ultramarket.core.notification.NotificationTemplate;

/**
 * Every text UltraMarket sends by SMS or email, in Uzbek, Russian and English — the one place to change them.
 * {@code {name}} is a template parameter; a money parameter (tiyin) is written in so'm, {@code 1 250 000}.
 *
 * <p>SMS texts must match templates Eskiz's moderation approved (specs/eskiz-sms.md §5): change one here, submit the
 * new text in the Eskiz cabinet, and deploy once it is approved. Uzbek is written with the ASCII apostrophe
 * ({@code so'm}, not {@code so‘m}) so a Latin text stays in the GSM alphabet (one SMS part holds 160 characters,
 * not 70). The order texts are first drafts, to be settled with the shop before they go to Eskiz.
 */
public final class MessageTexts {

    /** One template in one language: the SMS text, and the email's subject and body. */
    public record Text(String sms, String emailSubject, String emailBody) {}

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private static final Map<NotificationTemplate, Map<String, Text>> TEXTS = texts();

    private static Map<NotificationTemplate, Map<String, Text>> texts() {
        var texts = new EnumMap<NotificationTemplate, Map<String, Text>>(NotificationTemplate.class);
        texts.put(NotificationTemplate.OTP_CODE, Map.of(
                "uz", new Text(
                        "UltraMarket: tasdiqlash kodi {code}. Uni hech kimga aytmang.",
                        "UltraMarket: tasdiqlash kodi",
                        "Tasdiqlash kodingiz: {code}\n\nUni hech kimga aytmang: UltraMarket xodimlari uni hech qachon so'ramaydi."),
                "ru", new Text(
                        "UltraMarket: код подтверждения {code}. Никому его не сообщайте.",
                        "UltraMarket: код подтверждения",
                        "Ваш код подтверждения: {code}\n\nНикому его не сообщайте: сотрудники UltraMarket никогда его не спрашивают."),
                "en", new Text(
                        "UltraMarket: your verification code is {code}. Do not share it with anyone.",
                        "UltraMarket: your verification code",
                        "Your verification code: {code}\n\nDo not share it with anyone: UltraMarket staff never ask for it.")));
        texts.put(NotificationTemplate.ORDER_PLACED, Map.of(
                "uz", new Text(
                        "UltraMarket: {orderNumber} buyurtmangiz qabul qilindi. Jami: {total} so'm.",
                        "UltraMarket: {orderNumber} buyurtmangiz qabul qilindi",
                        "{orderNumber} buyurtmangiz qabul qilindi.\nJami: {total} so'm.\n\nXaridingiz uchun rahmat!"),
                "ru", new Text(
                        "UltraMarket: заказ {orderNumber} принят. Сумма: {total} сум.",
                        "UltraMarket: заказ {orderNumber} принят",
                        "Ваш заказ {orderNumber} принят.\nСумма: {total} сум.\n\nСпасибо за покупку!"),
                "en", new Text(
                        "UltraMarket: order {orderNumber} received. Total: {total} UZS.",
                        "UltraMarket: order {orderNumber} received",
                        "We have received your order {orderNumber}.\nTotal: {total} UZS.\n\nThank you for shopping with us!")));
        texts.put(NotificationTemplate.ORDER_PAID, Map.of(
                "uz", new Text(
                        "UltraMarket: {orderNumber} buyurtma uchun {total} so'm to'lov qabul qilindi.",
                        "UltraMarket: {orderNumber} buyurtma to'landi",
                        "{orderNumber} buyurtma uchun {total} so'm to'lov qabul qilindi.\n\nBuyurtmangizni tayyorlayapmiz."),
                "ru", new Text(
                        "UltraMarket: оплата заказа {orderNumber} на {total} сум получена.",
                        "UltraMarket: заказ {orderNumber} оплачен",
                        "Оплата заказа {orderNumber} на {total} сум получена.\n\nМы собираем ваш заказ."),
                "en", new Text(
                        "UltraMarket: payment of {total} UZS for order {orderNumber} received.",
                        "UltraMarket: order {orderNumber} paid",
                        "We have received your payment of {total} UZS for order {orderNumber}.\n\nWe are preparing your order.")));
        texts.put(NotificationTemplate.ORDER_PROCESSING, Map.of(
                "uz", new Text(
                        "UltraMarket: {orderNumber} buyurtmangiz yig'ilmoqda.",
                        "UltraMarket: {orderNumber} buyurtmangiz yig'ilmoqda",
                        "{orderNumber} buyurtmangizni yig'ayapmiz.\nJo'natilganda SMS yuboramiz."),
                "ru", new Text(
                        "UltraMarket: заказ {orderNumber} собирается.",
                        "UltraMarket: заказ {orderNumber} собирается",
                        "Мы собираем ваш заказ {orderNumber}.\nКогда отправим, пришлём SMS."),
                "en", new Text(
                        "UltraMarket: order {orderNumber} is being prepared.",
                        "UltraMarket: order {orderNumber} is being prepared",
                        "We are preparing your order {orderNumber}.\nWe will text you when it ships.")));
        texts.put(NotificationTemplate.ORDER_SHIPPED, Map.of(
                "uz", new Text(
                        "UltraMarket: {orderNumber} buyurtmangiz jo'natildi ({carrier}). Trek raqami: {trackingNumber}.",
                        "UltraMarket: {orderNumber} buyurtmangiz jo'natildi",
                        "{orderNumber} buyurtmangiz jo'natildi ({carrier}).\nTrek raqami: {trackingNumber}."),
                "ru", new Text(
                        "UltraMarket: заказ {orderNumber} отправлен ({carrier}). Трек-номер: {trackingNumber}.",
                        "UltraMarket: заказ {orderNumber} отправлен",
                        "Ваш заказ {orderNumber} отправлен ({carrier}).\nТрек-номер: {trackingNumber}."),
                "en", new Text(
                        "UltraMarket: order {orderNumber} has shipped ({carrier}). Tracking number: {trackingNumber}.",
                        "UltraMarket: order {orderNumber} has shipped",
                        "Your order {orderNumber} has shipped ({carrier}).\nTracking number: {trackingNumber}.")));
        texts.put(NotificationTemplate.ORDER_CONFIRMED, Map.of(
                "uz", new Text(
                        "UltraMarket: {orderNumber} buyurtmangiz tasdiqlandi. Yetkazib berishda to'lanadi.",
                        "UltraMarket: {orderNumber} buyurtmangiz tasdiqlandi",
                        "{orderNumber} buyurtmangiz tasdiqlandi.\nTo'lov yetkazib berilganda naqd qilinadi."),
                "ru", new Text(
                        "UltraMarket: заказ {orderNumber} подтверждён. Оплата при получении.",
                        "UltraMarket: заказ {orderNumber} подтверждён",
                        "Ваш заказ {orderNumber} подтверждён.\nОплата наличными при получении."),
                "en", new Text(
                        "UltraMarket: order {orderNumber} confirmed. Pay on delivery.",
                        "UltraMarket: order {orderNumber} confirmed",
                        "Your order {orderNumber} is confirmed.\nYou pay in cash on delivery.")));
        texts.put(NotificationTemplate.ORDER_DELIVERED, Map.of(
                "uz", new Text(
                        "UltraMarket: {orderNumber} buyurtmangiz yetkazildi. Xaridingiz uchun rahmat!",
                        "UltraMarket: {orderNumber} buyurtmangiz yetkazildi",
                        "{orderNumber} buyurtmangiz yetkazildi.\n\nXaridingiz uchun rahmat!"),
                "ru", new Text(
                        "UltraMarket: заказ {orderNumber} доставлен. Спасибо за покупку!",
                        "UltraMarket: заказ {orderNumber} доставлен",
                        "Ваш заказ {orderNumber} доставлен.\n\nСпасибо за покупку!"),
                "en", new Text(
                        "UltraMarket: order {orderNumber} delivered. Thank you for shopping with us!",
                        "UltraMarket: order {orderNumber} delivered",
                        "Your order {orderNumber} has been delivered.\n\nThank you for shopping with us!")));
        texts.put(NotificationTemplate.ORDER_CANCELLED, Map.of(
                "uz", new Text(
                        "UltraMarket: {orderNumber} buyurtmangiz bekor qilindi.",
                        "UltraMarket: {orderNumber} buyurtmangiz bekor qilindi",
                        "{orderNumber} buyurtmangiz bekor qilindi."),
                "ru", new Text(
                        "UltraMarket: заказ {orderNumber} отменён.",
                        "UltraMarket: заказ {orderNumber} отменён",
                        "Ваш заказ {orderNumber} отменён."),
                "en", new Text(
                        "UltraMarket: order {orderNumber} has been cancelled.",
                        "UltraMarket: order {orderNumber} cancelled",
                        "Your order {orderNumber} has been cancelled.")));
        texts.put(NotificationTemplate.ORDER_EXPIRED, Map.of(
                "uz", new Text(
                        "UltraMarket: {orderNumber} buyurtmasi to'lanmagani uchun bekor qilindi.",
                        "UltraMarket: {orderNumber} buyurtmasi bekor qilindi",
                        "{orderNumber} buyurtmasi 30 daqiqa ichida to'lanmagani uchun bekor qilindi."),
                "ru", new Text(
                        "UltraMarket: заказ {orderNumber} отменён: он не был оплачен.",
                        "UltraMarket: заказ {orderNumber} отменён",
                        "Заказ {orderNumber} отменён, так как он не был оплачен в течение 30 минут."),
                "en", new Text(
                        "UltraMarket: order {orderNumber} was cancelled because it was not paid.",
                        "UltraMarket: order {orderNumber} expired",
                        "Order {orderNumber} was cancelled because it was not paid within 30 minutes.")));
        texts.put(NotificationTemplate.ORDER_REFUNDED, Map.of(
                "uz", new Text(
                        "UltraMarket: {orderNumber} buyurtma uchun {total} so'm qaytarildi.",
                        "UltraMarket: {orderNumber} buyurtma uchun pul qaytarildi",
                        "{orderNumber} buyurtma uchun {total} so'm qaytarildi."),
                "ru", new Text(
                        "UltraMarket: по заказу {orderNumber} возвращено {total} сум.",
                        "UltraMarket: возврат по заказу {orderNumber}",
                        "По заказу {orderNumber} возвращено {total} сум."),
                "en", new Text(
                        "UltraMarket: {total} UZS for order {orderNumber} has been refunded.",
                        "UltraMarket: order {orderNumber} refunded",
                        "{total} UZS for order {orderNumber} has been refunded.")));
        return texts;
    }

    /** The texts of {@code template} in {@code language}. */
    public Text text(NotificationTemplate template, String language) {
        var text = TEXTS.getOrDefault(template, Map.of()).get(language);
        if (text == null) throw new IllegalStateException("no " + language + " text for template " + template.id());
        return text;
    }

    /** The words {@code notification} sends: its template's text in its language, with its parameters filled in. */
    public RenderedMessage render(Notification notification) {
        var text = text(notification.template(), notification.language());
        return switch (notification.channel()) {
            case SMS -> new RenderedMessage(null, fill(text.sms(), notification));
            case EMAIL -> new RenderedMessage(fill(text.emailSubject(), notification), fill(text.emailBody(), notification));
        };
    }

    /** The placeholders a text names, for the check that every one is a parameter of its template. */
    static List<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(m -> m.group(1)).toList();
    }

    private static String fill(String text, Notification notification) {
        return PLACEHOLDER.matcher(text).replaceAll(match -> Matcher.quoteReplacement(value(notification, match.group(1))));
    }

    private static String value(Notification notification, String name) {
        var parameter = notification.template().parameters().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("template " + notification.template().id() + " has no parameter " + name));
        String value = notification.parameters().get(name);
        return parameter.kind() == NotificationTemplate.Parameter.Kind.MONEY ? Money.ofTiyin(Long.parseLong(value)).formatSom() : value;
    }
}
