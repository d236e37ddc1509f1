package uz.ultramarket.accounts.addresses;

import java.util.Map;
import java.util.Optional;
import uz.ultramarket.core.http.JsonFields;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.Caller;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;

/**
 * The signed-in customer's address book: {@code GET /api/me/addresses} (all of them, at most 20, newest last),
 * {@code POST /api/me/addresses}, {@code PATCH /api/me/addresses/{id}} (absent fields stay, {@code null} clears
 * {@code landmark} or {@code recipientName}), {@code DELETE /api/me/addresses/{id}}.
 */
public final class AddressesHandler extends HttpFunction {
    private static final String[] FIELDS = NewAddress.FIELDS;
    private static final String REGION_CHOICES = NewAddress.REGION_CHOICES;

    private final AccessTokenVerifier verifier;
    private final AddressService addresses;

    public AddressesHandler() { this(DaggerAddressesComponent.create()); }

    private AddressesHandler(AddressesComponent component) { this(component.verifier(), component.addressService()); }

    public AddressesHandler(AccessTokenVerifier verifier, AddressService addresses) {
        super(8 * 1024);
        this.verifier = verifier;
        this.addresses = addresses;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        Caller caller = verifier.authenticate(request);
        return switch (request.routeKey()) {
            case "GET /api/me/addresses" -> HttpResponse.ok(Map.of("items", addresses.list(caller).stream().map(Address::view).toList()));
            case "POST /api/me/addresses" -> add(caller, request);
            case "PATCH /api/me/addresses/{id}" -> change(caller, request);
            case "DELETE /api/me/addresses/{id}" -> {
                addresses.delete(caller, request.pathParam("id"));
                yield HttpResponse.noContent();
            }
            default -> throw new IllegalStateException("no route " + request.routeKey());
        };
    }

    private HttpResponse add(Caller caller, HttpRequest request) {
        var body = JsonFields.of(request, FIELDS);
        var written = NewAddress.read(body);
        body.validate();
        var address = addresses.add(caller, written.orElseThrow());
        return HttpResponse.created(address.view()).withHeader("Location", "/api/me/addresses/" + address.id());
    }

    private HttpResponse change(Caller caller, HttpRequest request) {
        var body = JsonFields.of(request, FIELDS);
        var region = body.choice("region", body.has("region"), Region::of, REGION_CHOICES);
        var district = body.text("district", body.has("district"), 2, 100);
        var street = body.text("street", body.has("street"), 2, 200);
        var landmark = body.text("landmark", false, 0, 200);
        var recipientName = body.text("recipientName", false, 0, 100);
        Optional<uz.ultramarket.core.phone.Phone> recipientPhone = body.phone("recipientPhone", body.has("recipientPhone"));
        boolean any = false;
        for (String field : FIELDS) any |= body.has(field);
        if (!any) body.error("body", "send at least one of: " + String.join(", ", FIELDS));
        body.validate();
        var changes = new AddressService.Changes(region, district, street, landmark, body.isNull("landmark") || blank(body, landmark, "landmark"),
                recipientName, body.isNull("recipientName") || blank(body, recipientName, "recipientName"), recipientPhone);
        return HttpResponse.ok(addresses.change(caller, request.pathParam("id"), changes).view());
    }

    // an empty string clears an optional field, as null does
    private static boolean blank(JsonFields body, Optional<String> value, String field) {
        return body.has(field) && value.isEmpty();
    }
}
