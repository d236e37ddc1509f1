package uz.ultramarket.payments.links;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import uz.ultramarket.core.auth.Caller;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.IdempotencyKey;
import uz.ultramarket.core.id.Digests;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.orders.Order;
import uz.ultramarket.orders.OrderNumber;
import uz.ultramarket.orders.OrderStatus;
import uz.ultramarket.orders.PaymentMethod;
import uz.ultramarket.orders.store.OrderStore;
import uz.ultramarket.payments.click.ClickService;
import uz.ultramarket.payments.payme.PaymeKassa;

/**
 * The link that sends the owner of an unpaid online order to pay it: Payme's checkout (spec §10.1, base64 of
 * {@code m;ac.order_id;a;l;c}) or Click's pay page (spec §6, amount in so'm as {@code N.NN}), both bringing the shopper
 * back to {@code <shop>/orders/<number>/payment}. Either provider may be chosen for either online order, so "pay another
 * way" is another link; the order's payment claim decides which payment counts. Answers are kept per Idempotency-Key.
 */
public final class PaymentLinks {

    private static final Duration KEPT_FOR = Duration.ofHours(24);

    /** The answer: which provider, and where to send the shopper. */
    public record Link(String provider, String url) {}

    private final OrderStore orders;
    private final Supplier<PaymeKassa.Settings> payme;
    private final Supplier<ClickService> click;
    private final String shopUrl;
    private final DynamoDbClient db;
    private final String idempotencyTable;
    private final Clock clock;

    public PaymentLinks(OrderStore orders, Supplier<PaymeKassa.Settings> payme, Supplier<ClickService> click, String shopUrl,
                        DynamoDbClient db, String idempotencyTable, Clock clock) {
        this.orders = orders;
        this.payme = payme;
        this.click = click;
        this.shopUrl = shopUrl.endsWith("/") ? shopUrl.substring(0, shopUrl.length() - 1) : shopUrl;
        this.db = db;
        this.idempotencyTable = idempotencyTable;
        this.clock = clock;
    }

    public Link link(Caller caller, String number, PaymentMethod method, String language, String key) {
        String fingerprint = fingerprint(number, method, language);
        var earlier = answered(caller, key);
        if (earlier.isPresent()) return sameRequest(earlier.get(), fingerprint);
        var order = Optional.of(number).filter(OrderNumber::isValid).flatMap(orders::find)
                .filter(o -> o.customerId().equals(caller.userId()))
                .orElseThrow(() -> ApiException.notFound("You have no order " + number + "."));
        payable(order, method);
        String returnUrl = shopUrl + "/orders/" + order.number() + "/payment";
        var link = new Link(method.id(), method == PaymentMethod.PAYME ? payme(order, language, returnUrl) : click(order, returnUrl));
        return keep(caller, key, fingerprint, link);
    }

    private void payable(Order order, PaymentMethod method) {
        if (order.paymentMethod() == PaymentMethod.CASH) {
            throw ApiException.conflict("Order " + order.number() + " is paid in cash on delivery.");
        }
        if (order.status() != OrderStatus.PENDING_PAYMENT) {
            throw ApiException.conflict("Order " + order.number() + " is no longer awaiting payment: it is "
                    + order.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ".");
        }
        var provider = order.payment().map(Order.PaymentClaim::provider).orElse(method);
        if (order.paymentUnderWay(clock.instant()) && provider != method) {
            throw ApiException.conflict("A payment for order " + order.number() + " through " + name(provider)
                    + " is under way; finish it there, or wait until it ends.");
        }
    }

    private String payme(Order order, String language, String returnUrl) {
        var kassa = payme.get();
        String params = "m=" + kassa.merchantId() + ";ac.order_id=" + order.number() + ";a=" + order.total().tiyin()
                + ";l=" + language + ";c=" + returnUrl;
        return kassa.checkoutUrl() + "/" + Base64.getEncoder().encodeToString(params.getBytes(StandardCharsets.UTF_8));
    }

    private String click(Order order, String returnUrl) {
        var service = click.get();
        long tiyin = order.total().tiyin();
        String amount = (tiyin / 100) + "." + String.format("%02d", tiyin % 100);
        return service.payUrl() + "?service_id=" + encode(service.serviceId()) + "&merchant_id=" + encode(service.merchantId())
                + "&amount=" + amount + "&transaction_param=" + encode(order.number()) + "&return_url=" + encode(returnUrl);
    }

    private static String name(PaymentMethod method) {
        return method == PaymentMethod.PAYME ? "Payme" : "Click";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String fingerprint(String number, PaymentMethod method, String language) {
        return Digests.sha256Hex(number + "\n" + method.id() + "\n" + language);
    }

    private record Kept(String fingerprint, Link link) {}

    private Optional<Kept> answered(Caller caller, String key) {
        var item = db.getItem(r -> r.tableName(idempotencyTable).key(Map.of("pk", AttributeValue.fromS(pk(caller, key)))).consistentRead(true)).item();
        if (item == null || item.isEmpty()) return Optional.empty();
        return Optional.of(new Kept(item.get("fingerprint").s(), Json.read(item.get("answer").s(), Link.class)));
    }

    private Link keep(Caller caller, String key, String fingerprint, Link link) {
        try {
            db.putItem(r -> r.tableName(idempotencyTable).conditionExpression("attribute_not_exists(pk)").item(Map.of(
                    "pk", AttributeValue.fromS(pk(caller, key)), "fingerprint", AttributeValue.fromS(fingerprint),
                    "answer", AttributeValue.fromS(Json.write(link)),
                    "expiresAt", AttributeValue.fromN(Long.toString(clock.instant().plus(KEPT_FOR).getEpochSecond())))));
            return link;
        } catch (ConditionalCheckFailedException raced) {
            return sameRequest(answered(caller, key).orElseThrow(), fingerprint);
        }
    }

    private static Link sameRequest(Kept kept, String fingerprint) {
        if (!kept.fingerprint().equals(fingerprint)) {
            throw IdempotencyKey.reused("This Idempotency-Key was used for another payment link; use a new key.");
        }
        return kept.link();
    }

    private static String pk(Caller caller, String key) {
        return "payment-link#" + caller.userId() + "#" + key;
    }
}
