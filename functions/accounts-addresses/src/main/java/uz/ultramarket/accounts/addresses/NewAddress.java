package uz.ultramarket.accounts.addresses;

import java.util.Optional;
import uz.ultramarket.core.http.JsonFields;
import uz.ultramarket.core.phone.Phone;

/** An address as a customer writes it, before it has an id: read from a request the same way wherever it is written. */
public record NewAddress(Region region, String district, String street, Optional<String> landmark, Optional<String> recipientName,
                         Phone recipientPhone) {

    public static final String[] FIELDS = {"region", "district", "street", "landmark", "recipientName", "recipientPhone"};
    public static final String REGION_CHOICES = "one of the 14 region codes: " + Region.CODES;

    /** Reads the fields of {@code body}, recording each bad one in it; empty when one is bad (the caller's validate() answers). */
    public static Optional<NewAddress> read(JsonFields body) {
        var region = body.choice("region", true, Region::of, REGION_CHOICES);
        var district = body.text("district", true, 2, 100);
        var street = body.text("street", true, 2, 200);
        var landmark = body.text("landmark", false, 0, 200);
        var recipientName = body.text("recipientName", false, 0, 100);
        var recipientPhone = body.phone("recipientPhone", true);
        if (region.isEmpty() || district.isEmpty() || street.isEmpty() || recipientPhone.isEmpty()) return Optional.empty();
        return Optional.of(new NewAddress(region.get(), district.get(), street.get(), landmark, recipientName, recipientPhone.get()));
    }
}
