package uz.ultramarket.local.click;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import uz.ultramarket.local.payments.SandboxAccounts;

/**
 * A shop's Click Prepare and Complete endpoints as the spec wants them (signature, order, amount, prepare ids, -9 for a
 * cancellation), recording every request with its fields in the order they came: what the sandbox tests compare with.
 */
final class ClickMerchantDouble {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as it arrived; {@code fields} in their order in the body. */
    record Request(String path, String contentType, String raw, Map<String, String> fields) {}

    final List<Request> requests = new CopyOnWriteArrayList<>();
    final Map<String, String> orders = new ConcurrentHashMap<>();
    /** merchant_prepare_id → state: prepared, paid, cancelled. */
    final Map<String, String> prepared = new ConcurrentHashMap<>();
    private final AtomicLong prepareIds = new AtomicLong(700);
    /** A wrong merchant answers a cancelling Complete -4 ("Already paid") instead of -9. */
    volatile boolean cancelsAsAlreadyPaid;

    void reset() {
        requests.clear();
        prepared.clear();
        orders.clear();
        orders.put("1001", "15000");
        cancelsAsAlreadyPaid = false;
    }

    List<String> paths() { return requests.stream().map(Request::path).toList(); }

    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var fields = new LinkedHashMap<String, String>();
            for (var pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            String path = exchange.getRequestURI().getPath();
            requests.add(new Request(path, exchange.getRequestHeaders().getFirst("Content-Type"), raw, fields));
            var reply = new LinkedHashMap<String, Object>();
            reply.put("click_trans_id", Long.parseLong(fields.get("click_trans_id")));
            reply.put("merchant_trans_id", fields.get("merchant_trans_id"));
            answer(path, fields, reply);
            byte[] bytes = JSON.writeValueAsBytes(reply);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private void answer(String path, Map<String, String> f, Map<String, Object> reply) {
        boolean complete = path.endsWith("/complete");
        String sign = complete
                ? ClickSignature.complete(f.get("click_trans_id"), f.get("service_id"), SandboxAccounts.CLICK_SECRET_KEY, f.get("merchant_trans_id"),
                        f.get("merchant_prepare_id"), f.get("amount"), f.get("action"), f.get("sign_time"))
                : ClickSignature.prepare(f.get("click_trans_id"), f.get("service_id"), SandboxAccounts.CLICK_SECRET_KEY, f.get("merchant_trans_id"),
                        f.get("amount"), f.get("action"), f.get("sign_time"));
        if (!sign.equals(f.get("sign_string"))) {
            error(reply, -1, "SIGN CHECK FAILED!");
        } else if (!f.get("action").equals(complete ? "1" : "0")) {
            error(reply, -3, "Action not found");
        } else if (!orders.containsKey(f.get("merchant_trans_id"))) {
            error(reply, -5, "User does not exist");
        } else if (new BigDecimal(orders.get(f.get("merchant_trans_id"))).compareTo(new BigDecimal(f.get("amount"))) != 0) {
            error(reply, -2, "Incorrect parameter amount");
        } else if (!complete) {
            String id = Long.toString(prepareIds.incrementAndGet());
            prepared.put(id, "prepared");
            reply.put("merchant_prepare_id", Long.parseLong(id));
            error(reply, 0, "Success");
        } else {
            String id = f.get("merchant_prepare_id");
            String state = prepared.get(id);
            reply.put("merchant_prepare_id", Long.parseLong(id));
            if (state == null) error(reply, -6, "Transaction does not exist");
            else if (Integer.parseInt(f.get("error")) < 0 && cancelsAsAlreadyPaid) error(reply, -4, "Already paid");
            else if (Integer.parseInt(f.get("error")) < 0) {
                prepared.put(id, "cancelled");
                error(reply, -9, "Transaction cancelled");
            } else if (state.equals("paid")) error(reply, -4, "Already paid");
            else {
                prepared.put(id, "paid");
                reply.put("merchant_confirm_id", Long.parseLong(id));
                error(reply, 0, "Success");
            }
        }
    }

    private static void error(Map<String, Object> reply, int code, String note) {
        reply.put("error", code);
        reply.put("error_note", note);
    }
}
