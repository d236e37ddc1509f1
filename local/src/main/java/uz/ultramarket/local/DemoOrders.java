package uz.ultramarket.local;

import static uz.ultramarket.orders.OrderStatus.AWAITING_CONFIRMATION;
import static uz.ultramarket.orders.OrderStatus.CANCELLED;
import static uz.ultramarket.orders.OrderStatus.CONFIRMED;
import static uz.ultramarket.orders.OrderStatus.DELIVERED;
import static uz.ultramarket.orders.OrderStatus.EXPIRED;
import static uz.ultramarket.orders.OrderStatus.PAID;
import static uz.ultramarket.orders.OrderStatus.PENDING_PAYMENT;
import static uz.ultramarket.orders.OrderStatus.PROCESSING;
import static uz.ultramarket.orders.OrderStatus.REFUNDED;
import static uz.ultramarket.orders.OrderStatus.SHIPPED;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import uz.ultramarket.accounts.addresses.Region;
import uz.ultramarket.catalog.skus.SkuOffer;
import uz.ultramarket.core.money.Money;
import uz.ultramarket.orders.Order;
import uz.ultramarket.orders.OrderLifecycle;
import uz.ultramarket.orders.OrderStatus;
import uz.ultramarket.orders.PaymentMethod;
import uz.ultramarket.orders.delivery.DeliveryMethod;
import uz.ultramarket.orders.delivery.DeliveryOptions;
import uz.ultramarket.orders.delivery.DeliveryRates;
import uz.ultramarket.orders.delivery.PickupPoint;

/**
 * The local stack's order history: orders placed over the last {@value #DAYS} days (Asia/Tashkent) by demo customers, in
 * every status, each having gone the way the life cycle allows with plausible times, of the catalog's SKUs at their
 * prices, delivered as the stored delivery settings say. The same seed, SKUs, settings and {@code now} give the same orders.
 */
final class DemoOrders {
    static final int STANDARD_SIZE = 200;
    static final long SEED = 20_261_112L;
    static final int DAYS = 60;
    /** Who took the staff's steps; like the customers, no account, so nobody is texted about these orders. */
    static final String STAFF = "demo-manager";
    static final String CUSTOMER_PREFIX = "demo-customer-";

    private static final int CUSTOMERS = 40;
    // checkout's rate for delivery, a service taxed at the standard rate
    private static final int DELIVERY_VAT_PERCENT = 12;
    // how long each provider holds an order for its payment: Payme's transaction timeout, Click's prepare hold
    private static final Map<PaymentMethod, Duration> PAYMENT_HOLD = Map.of(PaymentMethod.PAYME, Duration.ofHours(12),
            PaymentMethod.CLICK, Duration.ofMinutes(30));

    /** A way an order goes: its statuses first to last, how often orders go it, and how old its last status may be. */
    private record Way(int weight, Duration maxAge, OrderStatus... statuses) {
        boolean cash() { return statuses[0] == AWAITING_CONFIRMATION; }
    }

    private static final Duration ALL = Duration.ofDays(DAYS);
    // open orders are recent: staff move them within days, and an unpaid one expires after PAY_WITHIN (the sweep's job)
    private static final List<Way> WAYS = List.of(
            new Way(2, Duration.ofMinutes(20), PENDING_PAYMENT),
            new Way(6, Duration.ofDays(2), PENDING_PAYMENT, PAID),
            new Way(5, Duration.ofDays(3), PENDING_PAYMENT, PAID, PROCESSING),
            new Way(8, Duration.ofDays(7), PENDING_PAYMENT, PAID, PROCESSING, SHIPPED),
            new Way(50, ALL, PENDING_PAYMENT, PAID, PROCESSING, SHIPPED, DELIVERED),
            new Way(6, ALL, PENDING_PAYMENT, CANCELLED),
            new Way(10, ALL, PENDING_PAYMENT, EXPIRED),
            new Way(3, ALL, PENDING_PAYMENT, PAID, REFUNDED),
            new Way(3, ALL, PENDING_PAYMENT, PAID, PROCESSING, SHIPPED, DELIVERED, REFUNDED),
            new Way(4, Duration.ofDays(2), AWAITING_CONFIRMATION),
            new Way(4, Duration.ofDays(2), AWAITING_CONFIRMATION, CONFIRMED),
            new Way(4, Duration.ofDays(3), AWAITING_CONFIRMATION, CONFIRMED, PROCESSING),
            new Way(5, Duration.ofDays(7), AWAITING_CONFIRMATION, CONFIRMED, PROCESSING, SHIPPED),
            new Way(30, ALL, AWAITING_CONFIRMATION, CONFIRMED, PROCESSING, SHIPPED, DELIVERED),
            new Way(5, ALL, AWAITING_CONFIRMATION, CANCELLED),
            new Way(3, ALL, AWAITING_CONFIRMATION, CONFIRMED, CANCELLED),
            new Way(2, ALL, AWAITING_CONFIRMATION, CONFIRMED, PROCESSING, SHIPPED, DELIVERED, REFUNDED));

    private static final List<String> NAMES = List.of("Aziza Karimova", "Jasur Toshmatov", "Dilnoza Rahimova", "Bekzod Yusupov",
            "Malika Ergasheva", "Sardor Aliyev", "Nodira Xasanova", "Otabek Mirzayev", "Gulnora Sobirova", "Shoxrux Qodirov",
            "Kamola Nazarova", "Ulug'bek Hamidov", "Zarina Abdullayeva", "Rustam Ismoilov", "Madina Saidova", "Akmal Raximov");
    private static final List<String> STREETS = List.of("Amir Temur ko'chasi", "Mustaqillik ko'chasi", "Navoiy ko'chasi",
            "Bunyodkor ko'chasi", "Bobur ko'chasi", "Istiqlol ko'chasi", "Ibn Sino ko'chasi", "Beruniy ko'chasi");
    private static final List<String> TASHKENT_DISTRICTS = List.of("Chilonzor tumani", "Yunusobod tumani", "Mirzo Ulug'bek tumani",
            "Yakkasaroy tumani", "Sergeli tumani", "Shayxontohur tumani");
    private static final Map<Region, String> CENTRES = Map.ofEntries(Map.entry(Region.TASHKENT, "Nurafshon"),
            Map.entry(Region.ANDIJAN, "Andijon"), Map.entry(Region.BUKHARA, "Buxoro"), Map.entry(Region.FERGANA, "Farg'ona"),
            Map.entry(Region.JIZZAKH, "Jizzax"), Map.entry(Region.KHOREZM, "Urganch"), Map.entry(Region.NAMANGAN, "Namangan"),
            Map.entry(Region.NAVOIY, "Navoiy"), Map.entry(Region.KASHKADARYA, "Qarshi"), Map.entry(Region.SAMARKAND, "Samarqand"),
            Map.entry(Region.SIRDARYO, "Guliston"), Map.entry(Region.SURKHANDARYA, "Termiz"), Map.entry(Region.KARAKALPAKSTAN, "Nukus"));
    private static final List<String> OPERATORS = List.of("90", "91", "93", "94", "97", "99", "33", "88");

    /** A demo customer: who receives their orders, where. */
    private record Customer(String id, String name, String phone, Region region, String district, String street) {}

    /** An order before it has a number: numbers are handed out in the order the orders were placed. */
    private record Draft(Instant placed, Function<String, Order> numbered) {}

    private final Random random;
    private final List<SkuOffer> uzbek;
    private final Map<String, Map<String, SkuOffer>> byLanguage;
    private final DeliveryRates rates;
    private final Instant now;

    /**
     * @param offers SKUs to sell, by language ({@code uz}, {@code ru}, {@code en}) and code; the same codes in each
     */
    private DemoOrders(long seed, Map<String, Map<String, SkuOffer>> offers, DeliveryRates rates, Instant now) {
        this.random = new Random(seed);
        this.byLanguage = offers;
        this.uzbek = offers.get("uz").values().stream().sorted(Comparator.comparing(SkuOffer::code)).toList();
        this.rates = rates;
        this.now = now;
    }

    /** {@code count} orders placed up to {@code now}, oldest first, numbered by {@code numbers} in that order. */
    static List<Order> generate(long seed, int count, Map<String, Map<String, SkuOffer>> offers, DeliveryRates rates, Instant now,
                                Supplier<String> numbers) {
        return new DemoOrders(seed, offers, rates, now).orders(count).stream()
                .sorted(Comparator.comparing(Draft::placed))
                .map(draft -> draft.numbered().apply(numbers.get()))
                .toList();
    }

    private List<Draft> orders(int count) {
        var customers = new ArrayList<Customer>();
        for (int i = 1; i <= CUSTOMERS; i++) customers.add(customer(i));
        var drafts = new ArrayList<Draft>();
        // every way once with each of its payment methods first, so every status and method is there however few orders
        var firsts = new ArrayList<Map.Entry<Way, PaymentMethod>>();
        for (var way : WAYS) {
            if (way.cash()) firsts.add(Map.entry(way, PaymentMethod.CASH));
            else List.of(PaymentMethod.PAYME, PaymentMethod.CLICK).forEach(m -> firsts.add(Map.entry(way, m)));
        }
        for (int i = 0; i < count; i++) {
            var way = i < firsts.size() ? firsts.get(i).getKey() : pickWay();
            var method = i < firsts.size() ? firsts.get(i).getValue()
                    : way.cash() ? PaymentMethod.CASH : random.nextInt(100) < 55 ? PaymentMethod.PAYME : PaymentMethod.CLICK;
            drafts.add(order(way, method, customers.get(random.nextInt(CUSTOMERS))));
        }
        return drafts;
    }

    private Way pickWay() {
        int total = WAYS.stream().mapToInt(Way::weight).sum();
        int pick = random.nextInt(total);
        for (var way : WAYS) {
            if ((pick -= way.weight()) < 0) return way;
        }
        throw new IllegalStateException("weights add up");
    }

    private Draft order(Way way, PaymentMethod method, Customer customer) {
        String language = pickLanguage();
        var lines = lines(language);
        Money subtotal = lines.stream().map(Order.Line::lineTotal).reduce(Money.ZERO, Money::plus);
        // the steps' gaps first: the whole history must lie before now
        var gaps = new ArrayList<Duration>();
        for (int i = 1; i < way.statuses().length; i++) gaps.add(gap(way.statuses()[i - 1], way.statuses()[i]));
        Duration took = gaps.stream().reduce(Duration.ZERO, Duration::plus);
        Instant latest = now.minus(took).minusSeconds(60);
        Instant earliest = now.minus(way.maxAge().plus(took));
        Instant oldestDay = now.atZone(DeliveryOptions.SHOP_ZONE).toLocalDate().minusDays(DAYS - 1).atStartOfDay(DeliveryOptions.SHOP_ZONE).toInstant();
        if (earliest.isBefore(oldestDay)) earliest = oldestDay;
        Instant placed = earliest.plusSeconds((long) (random.nextDouble() * Duration.between(earliest, latest).toSeconds()));

        var offer = new DeliveryOptions(rates, Clock.fixed(placed, ZoneOffset.UTC)).offer(customer.region(), subtotal, language);
        var option = offer.options().get(random.nextInt(offer.options().size()));
        var pickupPoint = option.method() == DeliveryMethod.PICKUP
                ? Optional.of(option.pickupPoints().get(random.nextInt(option.pickupPoints().size()))) : Optional.<PickupPoint>empty();
        Money vat = lines.stream().map(l -> l.lineTotal().vatIncluded(l.vatPercent())).reduce(Money.ZERO, Money::plus)
                .plus(option.fee().vatIncluded(DELIVERY_VAT_PERCENT));
        var address = new Order.ShippingAddress(customer.region(), customer.district(), customer.street(), Optional.empty(),
                Optional.of(customer.name()), customer.phone());
        var first = way.statuses()[0];
        String transaction = method == PaymentMethod.PAYME ? HexFormat.of().formatHex(bytes(12)) : Long.toString(3_000_000_000L + random.nextInt(1_000_000_000));
        return new Draft(placed, number -> {
            var order = new Order(number, customer.id(), language, first, method, lines, address,
                    new Order.Delivery(option.method(), option.fee(), option.earliest(), option.latest(), pickupPoint),
                    subtotal, option.fee(), subtotal.plus(option.fee()), vat, Optional.empty(), placed,
                    method == PaymentMethod.CASH ? Optional.empty() : Optional.of(placed.plus(OrderLifecycle.PAY_WITHIN)),
                    Optional.empty(), List.of(new Order.StatusChange(first, placed, "customer")), 1);
            Instant at = placed;
            for (int i = 1; i < way.statuses().length; i++) {
                var next = way.statuses()[i];
                at = at.plus(gaps.get(i - 1));
                if (next == PAID) {
                    Instant claimed = at.minusSeconds(40);
                    order = order.claimedFor(new Order.PaymentClaim(method, transaction, claimed.plus(PAYMENT_HOLD.get(method))));
                }
                order = order.movedTo(next, at, actor(order.status(), next, method));
                if (next == SHIPPED) {
                    boolean post = order.delivery().method() == uz.ultramarket.orders.delivery.DeliveryMethod.UZPOST;
                    order = order.carrying(new Order.Shipment(post ? "UzPost" : "BTS Express", (post ? "UZP-" : "BTS-") + number));
                }
            }
            return order;
        });
    }

    /** Who takes a step: the provider for a payment and its refund, the customer for their own cancel, else staff or the sweep. */
    private static String actor(OrderStatus from, OrderStatus to, PaymentMethod method) {
        if (to == PAID || (to == REFUNDED && method != PaymentMethod.CASH)) return method.id();
        if (to == EXPIRED) return "system";
        if (to == CANCELLED && (from == PENDING_PAYMENT || from == AWAITING_CONFIRMATION)) return "customer";
        return STAFF;
    }

    /** How long after {@code from} the order took {@code to}. */
    private Duration gap(OrderStatus from, OrderStatus to) {
        return switch (to) {
            case PAID -> minutes(1, 12);
            case EXPIRED -> OrderLifecycle.PAY_WITHIN.plus(minutes(0, 1)); // the sweep runs every minute
            case CANCELLED -> from == PENDING_PAYMENT ? minutes(3, 25) : from == AWAITING_CONFIRMATION ? minutes(10, 8 * 60) : minutes(60, 20 * 60);
            case CONFIRMED -> minutes(15, 5 * 60);
            case PROCESSING -> minutes(30, 16 * 60);
            case SHIPPED -> minutes(2 * 60, 30 * 60);
            case DELIVERED -> minutes(8 * 60, 4 * 24 * 60);
            case REFUNDED -> from == PAID ? minutes(60, 24 * 60) : minutes(24 * 60, 10 * 24 * 60);
            case PENDING_PAYMENT, AWAITING_CONFIRMATION -> throw new IllegalArgumentException("an order starts " + to);
        };
    }

    private Duration minutes(int least, int most) {
        return Duration.ofSeconds(least * 60L + random.nextInt((most - least) * 60 + 1));
    }

    private List<Order.Line> lines(String language) {
        int count = pickOf(60, 30, 10) + 1;
        var codes = new LinkedHashSet<String>();
        while (codes.size() < Math.min(count, uzbek.size())) codes.add(uzbek.get(random.nextInt(uzbek.size())).code());
        return codes.stream().map(code -> {
            var offer = byLanguage.get(language).get(code);
            int quantity = pickOf(80, 15, 5) + 1;
            String options = offer.options().stream().map(SkuOffer.SkuOption::label).collect(Collectors.joining(" · "));
            return new Order.Line(code, offer.name(), options, offer.image(), offer.price(), quantity, offer.price().times(quantity),
                    offer.ikpu(), offer.vatPercent(), offer.packageCode());
        }).toList();
    }

    private String pickLanguage() {
        return List.of("uz", "ru", "en").get(pickOf(60, 35, 5));
    }

    /** An index into {@code weights}, drawn by them (they add up to 100). */
    private int pickOf(int... weights) {
        int pick = random.nextInt(100);
        for (int i = 0; i < weights.length; i++) {
            if ((pick -= weights[i]) < 0) return i;
        }
        return weights.length - 1;
    }

    private Customer customer(int index) {
        // a third in Tashkent city, where most orders of a shop like this go; the rest over every region
        var regions = Region.values();
        var region = random.nextInt(3) == 0 ? Region.TASHKENT_CITY : regions[random.nextInt(regions.length)];
        String district = region == Region.TASHKENT_CITY ? TASHKENT_DISTRICTS.get(random.nextInt(TASHKENT_DISTRICTS.size()))
                : CENTRES.get(region) + " shahri";
        String street = STREETS.get(random.nextInt(STREETS.size())) + ", " + (1 + random.nextInt(120)) + "-uy";
        String phone = "+998" + OPERATORS.get(random.nextInt(OPERATORS.size())) + String.format("%07d", random.nextInt(10_000_000));
        return new Customer(CUSTOMER_PREFIX + String.format("%02d", index), NAMES.get(random.nextInt(NAMES.size())), phone, region, district, street);
    }

    private byte[] bytes(int count) {
        var bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
