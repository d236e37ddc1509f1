package uz.ultramarket.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uz.ultramarket.accounts.addresses.Region;
import uz.ultramarket.core.money.Money;
import uz.ultramarket.orders.delivery.DeliveryMethod;
import uz.ultramarket.orders.delivery.PickupPoint;

/**
 * An order: what was bought at what price, where it goes and how, how it is paid, and every status it has had. Lines,
 * address and delivery are snapshots taken at checkout — later price, catalog or address-book changes never alter them.
 *
 * @param number        the order number customers, staff, Payme and Click use ({@link OrderNumber})
 * @param language      the customer's language at checkout, for the order's SMS and email
 * @param vatIncluded   the VAT contained in {@code total} (prices include VAT)
 * @param payBy         an online order still unpaid by then expires (unless a payment under way holds it longer); empty for
 *                      cash orders
 * @param payment       the online payment that holds the order, once a provider started one (see {@link PaymentClaim})
 * @param version       raised by every write; each write is conditional on the version it read
 * @param shipment      who carries it and the tracking number, once staff shipped it
 */
public record Order(String number, String customerId, String language, OrderStatus status,
                    PaymentMethod paymentMethod, List<Line> lines, ShippingAddress address, Delivery delivery,
                    Money subtotal, Money deliveryFee, Money total, Money vatIncluded, Optional<String> comment,
                    Instant createdAt, Optional<Instant> payBy, Optional<PaymentClaim> payment, List<StatusChange> history,
                    long version, Optional<Shipment> shipment) {

    /** One line as sold: the SKU's name and options in the checkout's language, its unit price and fiscal codes. */
    public record Line(String sku, String name, String options, Optional<String> image, Money unitPrice, int quantity,
                       Money lineTotal, String ikpu, int vatPercent, Optional<String> packageCode) {
        public Line {
            image = image == null ? Optional.empty() : image;
            packageCode = packageCode == null ? Optional.empty() : packageCode;
        }
    }

    /** Where the order goes, as the address read at checkout. */
    public record ShippingAddress(Region region, String district, String street, Optional<String> landmark,
                                  Optional<String> recipientName, String recipientPhone) {}

    /** How it goes: the method, its fee for this order, the promised dates, and the pickup point for a pickup. */
    public record Delivery(DeliveryMethod method, Money fee, LocalDate earliest, LocalDate latest, Optional<PickupPoint> pickupPoint) {}

    /** One status the order took, when, and who moved it ({@code customer}, {@code system}, {@code payme}, a staff id…). */
    public record StatusChange(OrderStatus status, Instant at, String actor) {}

    /**
     * A provider's payment under way for the order: only that transaction may pay it until {@code until} (the provider's
     * own timeout), and the order does not expire before then. One claim at a time is what makes paying twice impossible.
     */
    public record PaymentClaim(PaymentMethod provider, String transaction, Instant until) {
        public boolean isBy(PaymentMethod provider, String transaction) {
            return this.provider == provider && this.transaction.equals(transaction);
        }
    }

    /** The carrier that took the parcel and its tracking number, as staff entered them when shipping. */
    public record Shipment(String carrier, String trackingNumber) {}

    /** An order not shipped yet. */
    public Order(String number, String customerId, String language, OrderStatus status, PaymentMethod paymentMethod,
                 List<Line> lines, ShippingAddress address, Delivery delivery, Money subtotal, Money deliveryFee, Money total,
                 Money vatIncluded, Optional<String> comment, Instant createdAt, Optional<Instant> payBy,
                 Optional<PaymentClaim> payment, List<StatusChange> history, long version) {
        this(number, customerId, language, status, paymentMethod, lines, address, delivery, subtotal, deliveryFee, total,
                vatIncluded, comment, createdAt, payBy, payment, history, version, Optional.empty());
    }

    public Order {
        shipment = shipment == null ? Optional.empty() : shipment;
        lines = List.copyOf(lines);
        history = List.copyOf(history);
        comment = comment == null ? Optional.empty() : comment;
        payBy = payBy == null ? Optional.empty() : payBy;
        payment = payment == null ? Optional.empty() : payment;
    }

    /** The order after the step to {@code next}: its history grows, its version rises. */
    public Order movedTo(OrderStatus next, Instant at, String actor) {
        var changes = new ArrayList<>(history);
        changes.add(new StatusChange(next, at, actor));
        return new Order(number, customerId, language, next, paymentMethod, lines, address, delivery, subtotal,
                deliveryFee, total, vatIncluded, comment, createdAt, payBy, payment, changes, version + 1, shipment);
    }

    /** The order carrying {@code parcel} (its version is the step's that shipped it). */
    public Order carrying(Shipment parcel) {
        return new Order(number, customerId, language, status, paymentMethod, lines, address, delivery, subtotal,
                deliveryFee, total, vatIncluded, comment, createdAt, payBy, payment, history, version, Optional.of(parcel));
    }

    /** The order held for {@code claim}'s payment (replacing any earlier claim); its version rises. */
    public Order claimedFor(PaymentClaim claim) {
        return new Order(number, customerId, language, status, paymentMethod, lines, address, delivery, subtotal,
                deliveryFee, total, vatIncluded, comment, createdAt, payBy, Optional.of(claim), history, version + 1, shipment);
    }

    /** When the unpaid order expires: its pay-by time, or later while a payment under way holds it; empty once not awaiting payment. */
    public Optional<Instant> paymentDue() {
        if (status != OrderStatus.PENDING_PAYMENT || payBy.isEmpty()) return Optional.empty();
        var due = payBy.get();
        return Optional.of(payment.map(PaymentClaim::until).filter(due::isBefore).orElse(due));
    }

    /** Whether a provider's payment holds the order at {@code now}: then only that transaction may pay or cancel it. */
    public boolean paymentUnderWay(Instant now) {
        return status == OrderStatus.PENDING_PAYMENT && payment.filter(claim -> claim.until().isAfter(now)).isPresent();
    }

    /** How many units the order holds of each SKU. */
    public java.util.Map<String, Integer> quantities() {
        return quantitiesOf(lines);
    }

    /** How many units {@code lines} hold of each SKU, in line order. */
    public static java.util.Map<String, Integer> quantitiesOf(List<Line> lines) {
        var quantities = new java.util.LinkedHashMap<String, Integer>();
        lines.forEach(line -> quantities.merge(line.sku(), line.quantity(), Integer::sum));
        return quantities;
    }

    /** The id of the stock this order holds in the catalog: its number. */
    public String reservationId() {
        return number;
    }
}
