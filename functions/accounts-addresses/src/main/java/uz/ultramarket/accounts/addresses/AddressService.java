package uz.ultramarket.accounts.addresses;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import uz.ultramarket.core.auth.Caller;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.id.Ids;
import uz.ultramarket.core.phone.Phone;

/**
 * The caller's address book. Another customer's address id is "not found" (404), never "forbidden": the answer does
 * not confirm that the id exists.
 */
public final class AddressService {

    /** What a PATCH changes: absent fields stay; {@code clearLandmark}/{@code clearRecipientName} remove those. */
    public record Changes(Optional<Region> region, Optional<String> district, Optional<String> street, Optional<String> landmark,
                          boolean clearLandmark, Optional<String> recipientName, boolean clearRecipientName, Optional<Phone> recipientPhone) {}

    private final AddressBook book;
    private final Clock clock;

    @Inject
    public AddressService(AddressBook book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    public List<Address> list(Caller caller) {
        return book.list(caller.userId());
    }

    /** The caller's address {@code addressId}; empty when the caller has none by that id (another's is none too). */
    public Optional<Address> find(Caller caller, String addressId) {
        return book.find(caller.userId(), addressId);
    }

    public Address add(Caller caller, NewAddress written) {
        Instant now = clock.instant();
        var address = new Address(Ids.newId(), written.region(), written.district(), written.street(), written.landmark(),
                written.recipientName(), written.recipientPhone(), now, now);
        return switch (book.add(caller.userId(), address)) {
            case ADDED -> address;
            case FULL -> throw ApiException.conflict("The address book is full (" + AddressBook.MAX_ADDRESSES + " addresses); delete one first.");
            case NO_SUCH_USER -> throw ApiException.unauthorized("This account no longer exists; sign in again.");
        };
    }

    public Address change(Caller caller, String addressId, Changes changes) {
        var old = book.find(caller.userId(), addressId).orElseThrow(() -> notFound(addressId));
        var updated = new Address(old.id(), changes.region().orElse(old.region()), changes.district().orElse(old.district()),
                changes.street().orElse(old.street()),
                changes.clearLandmark() ? Optional.empty() : changes.landmark().or(old::landmark),
                changes.clearRecipientName() ? Optional.empty() : changes.recipientName().or(old::recipientName),
                changes.recipientPhone().orElse(old.recipientPhone()), old.createdAt(), clock.instant());
        if (!book.replace(caller.userId(), updated)) throw notFound(addressId);
        return updated;
    }

    public void delete(Caller caller, String addressId) {
        if (!book.delete(caller.userId(), addressId)) throw notFound(addressId);
    }

    private static ApiException notFound(String addressId) {
        return ApiException.notFound("You have no address with id '" + addressId + "'.");
    }
}
