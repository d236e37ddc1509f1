package uz.ultramarket.cart;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uz.ultramarket.core.money.Money;

/**
 * A cart as stored: its lines in the order they were first added, and the version its next write must find (0: not
 * stored yet). Prices and stock are not kept here; they are read from the catalog at every answer.
 */
public record Cart(CartKey key, String id, List<Line> lines, long version) {

    /** At most this many lines. */
    public static final int MAX_LINES = 50;
    /** At most this many units a line. */
    public static final int MAX_QUANTITY = 99;

    /** One SKU in the cart: {@code addedPrice} is the unit price the shopper saw when they last set the line. */
    public record Line(String sku, int quantity, Money addedPrice, Instant addedAt) {}

    public Cart {
        lines = List.copyOf(lines);
    }

    public static Cart empty(CartKey key, String id) {
        return new Cart(key, id, List.of(), 0);
    }

    public boolean isStored() {
        return version > 0;
    }

    public Optional<Line> line(String sku) {
        return lines.stream().filter(l -> l.sku().equals(sku)).findFirst();
    }

    /** The same cart with {@code line} put in place of its SKU's line, or at the end for a new SKU. */
    public Cart with(Line line) {
        var copy = new ArrayList<Line>(lines.size() + 1);
        boolean replaced = false;
        for (Line existing : lines) {
            if (existing.sku().equals(line.sku())) {
                copy.add(line);
                replaced = true;
            } else {
                copy.add(existing);
            }
        }
        if (!replaced) copy.add(line);
        return new Cart(key, id, copy, version);
    }

    public Cart without(String sku) {
        return new Cart(key, id, lines.stream().filter(l -> !l.sku().equals(sku)).toList(), version);
    }

    public Cart withoutLines() {
        return new Cart(key, id, List.of(), version);
    }

    /** The cart after an order took {@code ordered} (SKU → units) from it: those units leave, what was added since stays. */
    public Cart less(java.util.Map<String, Integer> ordered) {
        var left = new ArrayList<Line>(lines.size());
        for (Line line : lines) {
            int remaining = line.quantity() - ordered.getOrDefault(line.sku(), 0);
            if (remaining > 0) left.add(remaining == line.quantity() ? line : new Line(line.sku(), remaining, line.addedPrice(), line.addedAt()));
        }
        return new Cart(key, id, left, version);
    }

    public List<String> skus() {
        return lines.stream().map(Line::sku).toList();
    }
}
