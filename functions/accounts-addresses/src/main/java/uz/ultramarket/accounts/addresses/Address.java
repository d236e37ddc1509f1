package uz.ultramarket.accounts.addresses;

import java.time.Instant;
import java.util.Optional;
import uz.ultramarket.core.phone.Phone;

/**
 * A delivery address in a customer's address book.
 *
 * @param street        street and house (and flat), e.g. {@code Amir Temur ko‘chasi 15, 42-xonadon}
 * @param landmark      what a courier looks for ({@code mo‘ljal}), e.g. "opposite the Korzinka supermarket"
 */
public record Address(String id, Region region, String district, String street, Optional<String> landmark,
                      Optional<String> recipientName, Phone recipientPhone, Instant createdAt, Instant updatedAt) {

    /** As the API shows it. */
    public record View(String id, Region region, String district, String street, Optional<String> landmark,
                       Optional<String> recipientName, String recipientPhone, Instant createdAt, Instant updatedAt) {}

    public View view() {
        return new View(id, region, district, street, landmark, recipientName, recipientPhone.value(), createdAt, updatedAt);
    }
}
