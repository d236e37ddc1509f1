package uz.ultramarket.orders.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import uz.ultramarket.accounts.addresses.Region;
import uz.ultramarket.core.money.Money;

/** Which delivery methods a region has, what each costs for a subtotal, and when it arrives (in the shop's days). */
public final class DeliveryOptions {

    public static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Tashkent");

    /** One method as offered: its fee for this subtotal (zero from the free-delivery threshold) and its date range. */
    public record Option(DeliveryMethod method, String name, Money fee, boolean free, LocalDate earliest, LocalDate latest,
                         List<PickupPoint> pickupPoints) {}

    /** What {@code GET /api/delivery/options} answers. */
    public record Offer(Region region, Money subtotal, Money freeDeliveryFrom, List<Option> options) {}

    private final DeliveryRates rates;
    private final Clock clock;

    @Inject
    public DeliveryOptions(DeliveryRates rates, Clock clock) {
        this.rates = rates;
        this.clock = clock;
    }

    public Offer offer(Region region, Money subtotal, String language) {
        var settings = rates.current();
        var options = settings.ratesOf(region).stream()
                .map(rate -> option(settings, rate, subtotal, language))
                .flatMap(Optional::stream)
                .toList();
        return new Offer(region, subtotal, settings.freeFrom(), options);
    }

    /** {@code method} as offered to {@code region} for {@code subtotal}; empty when the region does not have it. */
    public Optional<Option> quote(Region region, DeliveryMethod method, Money subtotal, String language) {
        var settings = rates.current();
        return settings.ratesOf(region).stream().filter(rate -> rate.method() == method).findFirst()
                .flatMap(rate -> option(settings, rate, subtotal, language));
    }

    private Optional<Option> option(DeliveryRates.Settings settings, DeliveryRates.Rate rate, Money subtotal, String language) {
        var points = rate.method() == DeliveryMethod.PICKUP ? settings.pickupPointsOf(rate.region()) : List.<PickupPoint>of();
        if (rate.method() == DeliveryMethod.PICKUP && points.isEmpty()) return Optional.empty(); // nowhere to collect from
        boolean free = subtotal.compareTo(settings.freeFrom()) >= 0 || rate.fee().isZero();
        LocalDate today = clock.instant().atZone(SHOP_ZONE).toLocalDate();
        return Optional.of(new Option(rate.method(), rate.method().name(language), free ? Money.ZERO : rate.fee(), free,
                today.plusDays(rate.daysMin()), today.plusDays(rate.daysMax()), points));
    }
}
