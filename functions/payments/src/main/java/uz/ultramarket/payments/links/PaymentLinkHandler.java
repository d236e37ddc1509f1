package uz.ultramarket.payments.links;

import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;
import uz.ultramarket.core.http.IdempotencyKey;
import uz.ultramarket.core.http.JsonFields;
import uz.ultramarket.orders.PaymentMethod;

/** {@code POST /api/orders/{number}/payment} {@code {"provider":"payme"|"click"}} → {@code {"provider","url"}}, for the order's owner. */
public final class PaymentLinkHandler extends HttpFunction {

    private final AccessTokenVerifier verifier;
    private final PaymentLinks links;

    public PaymentLinkHandler() { this(DaggerPaymentLinkComponent.create()); }

    private PaymentLinkHandler(PaymentLinkComponent component) { this(component.verifier(), component.links()); }

    public PaymentLinkHandler(AccessTokenVerifier verifier, PaymentLinks links) {
        super(1024);
        this.verifier = verifier;
        this.links = links;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        var caller = verifier.authenticate(request);
        String key = IdempotencyKey.of(request, "A payment link");
        var fields = JsonFields.of(request, "provider");
        var provider = fields.choice("provider", true, PaymentLinkHandler::online, "payme or click");
        fields.validate();
        return HttpResponse.ok(links.link(caller, request.pathParam("number"), provider.orElseThrow(), request.language(), key));
    }

    private static PaymentMethod online(String id) {
        var method = PaymentMethod.of(id);
        if (method == PaymentMethod.CASH) throw new IllegalArgumentException("cash is not paid online");
        return method;
    }
}
