package uz.ultramarket.payments.click;

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
 * What Prepare and Complete share: read Click's form, answer in Click's JSON with HTTP 200 whatever happens (a request
 * Click malformed is {@code -8}, our own failure {@code -7}), and record the callback.
 */
abstract class ClickEndpoint extends HttpFunction {

    private static final Logger LOG = LoggerFactory.getLogger(ClickEndpoint.class);

    private final boolean complete;
    private final ClickShop shop;
    private final CallbackLog callbacks;

    ClickEndpoint(boolean complete, ClickShop shop, CallbackLog callbacks) {
        this.complete = complete;
        this.shop = shop;
        this.callbacks = callbacks;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        ObjectNode reply;
        Optional<ClickRequest> click = Optional.empty();
        var entry = new CallbackLog.Entry("click", complete ? "complete" : "prepare", Optional.empty(), Optional.empty());
        try {
            click = Optional.of(ClickRequest.read(request.bodyText(), request.header("Content-Type").orElse(""), complete));
            entry = new CallbackLog.Entry("click", complete ? "complete" : "prepare", Optional.of(click.get().clickTransId()),
                    Optional.of(click.get().merchantTransId()));
            reply = complete ? shop.complete(click.get(), entry) : shop.prepare(click.get(), entry);
        } catch (ClickRequest.Malformed malformed) {
            reply = ClickShop.reply("", "", complete, ClickError.ERROR_IN_REQUEST, Optional.empty());
        } catch (RuntimeException e) {
            LOG.error("Click {} failed", complete ? "complete" : "prepare", e);
            reply = click.map(c -> ClickShop.reply(c, ClickError.FAILED_TO_UPDATE_USER, Optional.empty()))
                    .orElseGet(() -> ClickShop.reply("", "", complete, ClickError.FAILED_TO_UPDATE_USER, Optional.empty()));
        }
        callbacks.record(entry, reply.get("error").asInt() == 0 ? "ok" : reply.get("error").asText());
        return HttpResponse.text(200, HttpResponse.JSON, Json.write(reply));
    }
}
