package uz.ultramarket.orders.admin.delivery;

import java.util.List;

/**
 * The delivery settings as staff edit them, whole: every rate, the free-delivery threshold (tiyin) and every pickup point,
 * active or not. {@code version} is a digest of the stored settings, so a save over someone else's is refused.
 */
public record DeliverySettings(long freeFrom, List<Rate> rates, List<Point> pickupPoints, String version) {

    public record Rate(String method, String region, long fee, int daysMin, int daysMax) {}

    public record Point(String id, String region, String name, String address, String hours, int position, boolean active) {}

    public DeliverySettings {
        rates = List.copyOf(rates);
        pickupPoints = List.copyOf(pickupPoints);
    }
}
