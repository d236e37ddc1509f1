package uz.ultramarket.payments.payme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.payments.store.CallbackLog;

/**
 * {@code POST /api/payments/payme}: Payme's Merchant API (specs/payme-merchant-api.md). Always HTTP 200 with a JSON-RPC
 * reply. Checks in the spec's order: JSON (-32700), shape (-32600), Basic auth (-32504) before anything is read or
 * written, method (-32601), then the method's own rules. Every call is recorded in the {@link CallbackLog}.
 */
public final class PaymeMerchantEndpoint extends HttpFunction {

    private static final Logger LOG = LoggerFactory.getLogger(PaymeMerchantEndpoint.class);
    private static final String CONTENT_TYPE = "application/json; charset=UTF-8";

    private final PaymeKassa kassa;
    private final PaymeMerchant merchant;
    private final CallbackLog callbacks;

    public PaymeMerchantEndpoint() { this(DaggerPaymeComponent.create()); }

    private PaymeMerchantEndpoint(PaymeComponent component) { this(component.kassa(), component.merchant(), component.callbacks()); }

    public PaymeMerchantEndpoint(PaymeKassa kassa, PaymeMerchant merchant, CallbackLog callbacks) {
        this.kassa = kassa;
        this.merchant = merchant;
        this.callbacks = callbacks;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        JsonNode id = null;
        String method = "-";
        JsonNode params = null;
        CallbackLog.Entry entry = null;
        ObjectNode reply;
        try {
            if (!request.method().equals("POST")) throw PaymeError.notPost();
            JsonNode body;
            try {
                body = Json.mapper().readTree(request.bodyText());
            } catch (Exception e) {
                throw PaymeError.unparsable();
            }
            if (body == null || !body.isObject()) throw PaymeError.invalidRequest("body");
            if (body.path("id").isIntegralNumber()) id = body.get("id");
            if (!body.path("method").isTextual()) throw PaymeError.invalidRequest("method");
            method = body.get("method").asText();
            if (!body.path("params").isObject()) throw PaymeError.invalidRequest("params");
            if (id == null) throw PaymeError.invalidRequest("id");
            params = body.get("params");
            entry = entry(method, params);
            if (!kassa.authorizes(request.header("Authorization"))) throw PaymeError.insufficientPrivileges();
            reply = result(merchant.call(method, params, entry), id);
        } catch (PaymeError error) {
            reply = error(error, id);
        } catch (RuntimeException e) {
            // our failure, not Payme's: -32400, and Payme asks again
            LOG.error("Payme {} failed", method, e);
            reply = error(PaymeError.system(), id);
        }
        callbacks.record(entry != null ? entry : entry(method, params), reply.has("error") ? reply.get("error").get("code").asText() : "ok");
        return HttpResponse.text(200, CONTENT_TYPE, Json.write(reply));
    }

    private static CallbackLog.Entry entry(String method, JsonNode params) {
        Optional<String> transaction = Optional.ofNullable(params).map(p -> p.path("id")).filter(JsonNode::isTextual).map(JsonNode::asText);
        Optional<String> order = Optional.ofNullable(params).map(p -> p.path("account").path("order_id"))
                .filter(n -> n.isTextual() || n.isIntegralNumber()).map(JsonNode::asText);
        return new CallbackLog.Entry("payme", method, transaction, order);
    }

    private static ObjectNode result(JsonNode result, JsonNode id) {
        var reply = JsonNodeFactory.instance.objectNode();
        reply.set("result", result);
        reply.set("id", id);
        return reply;
    }

    static ObjectNode error(PaymeError error, JsonNode id) {
        var reply = JsonNodeFactory.instance.objectNode();
        var body = reply.putObject("error").put("code", error.code());
        body.putObject("message").put("ru", error.ru()).put("uz", error.uz()).put("en", error.en());
        error.data().ifPresent(data -> body.put("data", data));
        if (id == null) reply.putNull("id");
        else reply.set("id", id);
        return reply;
    }
}
