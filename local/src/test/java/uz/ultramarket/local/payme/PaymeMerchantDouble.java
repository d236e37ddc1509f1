package uz.ultramarket.local.payme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import uz.ultramarket.local.payments.SandboxAccounts;

/**
 * A shop's Payme Merchant API endpoint as the spec wants it (auth, account and amount checks, one transaction per order,
 * repeats answered with the stored times), recording every request: what the sandbox tests compare with.
 */
final class PaymeMerchantDouble {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as it arrived. */
    record Request(String method, String authorization, String contentType, JsonNode body, String raw) {
        JsonNode params() { return body.path("params"); }
    }

    private static final class Transaction {
        final String id;
        final long time;
        final long amount;
        final String orderId;
        final String number;
        final long createTime;
        long performTime;
        long cancelTime;
        int state = 1;
        Integer reason;

        Transaction(String id, long time, long amount, String orderId, String number, long createTime) {
            this.id = id;
            this.time = time;
            this.amount = amount;
            this.orderId = orderId;
            this.number = number;
            this.createTime = createTime;
        }
    }

    final List<Request> requests = new CopyOnWriteArrayList<>();
    final Map<String, Long> orders = new ConcurrentHashMap<>();
    private final Map<String, Transaction> transactions = new ConcurrentHashMap<>();
    private final AtomicLong numbers = new AtomicLong(5000);
    volatile String key = SandboxAccounts.PAYME_KEY;
    /** A wrong merchant: a repeated CreateTransaction gets a new create_time. */
    volatile boolean regeneratesCreateTime;
    /** A broken merchant: every request gets HTTP 500. */
    volatile boolean down;

    void reset() {
        requests.clear();
        transactions.clear();
        orders.clear();
        orders.put("1001", 1_500_000L);
        orders.put("1002", 250_000L);
        key = SandboxAccounts.PAYME_KEY;
        regeneratesCreateTime = false;
        down = false;
    }

    List<String> methods() { return requests.stream().map(Request::method).toList(); }

    Integer state(String paymeId) {
        var transaction = transactions.get(paymeId);
        return transaction == null ? null : transaction.state;
    }

    Integer reason(String paymeId) { return transactions.get(paymeId).reason; }

    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonNode body = JSON.readTree(raw);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            requests.add(new Request(body.path("method").asText(), authorization, exchange.getRequestHeaders().getFirst("Content-Type"), body, raw));
            if (down) {
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            ObjectNode reply = answer(body, authorization);
            reply.set("id", body.get("id"));
            byte[] bytes = JSON.writeValueAsBytes(reply);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private ObjectNode answer(JsonNode body, String authorization) {
        String expected = "Basic " + Base64.getEncoder().encodeToString(("Paycom:" + key).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(authorization)) return error(-32504, "Недостаточно привилегий", "Huquqlar yetarli emas", "Insufficient privileges", null);
        var params = body.path("params");
        return switch (body.path("method").asText()) {
            case "CheckPerformTransaction" -> {
                var refusal = accountRefusal(params);
                yield refusal != null ? refusal : result(JSON.createObjectNode().put("allow", true));
            }
            case "CreateTransaction" -> create(params);
            case "PerformTransaction" -> perform(params.path("id").asText());
            case "CancelTransaction" -> cancel(params.path("id").asText(), params.path("reason").asInt());
            case "ChangePassword" -> {
                key = params.path("password").asText();
                yield result(JSON.createObjectNode().put("success", true));
            }
            default -> error(-32601, "Метод не найден", "Metod topilmadi", "Method not found", body.path("method").asText());
        };
    }

    private ObjectNode accountRefusal(JsonNode params) {
        String orderId = params.path("account").path("order_id").asText();
        Long amount = orders.get(orderId);
        if (amount == null) return error(-31050, "Заказ не найден", "Buyurtma topilmadi", "Order not found", "order_id");
        if (amount != params.path("amount").asLong()) return error(-31001, "Неверная сумма", "Noto'g'ri summa", "Wrong amount", null);
        boolean taken = transactions.values().stream().anyMatch(t -> t.orderId.equals(orderId) && (t.state == 1 || t.state == 2)
                && !t.id.equals(params.path("id").asText()));
        return taken ? error(-31008, "Заказ уже оплачивается", "Buyurtma to'lanmoqda", "The order is being paid", null) : null;
    }

    private ObjectNode create(JsonNode params) {
        var existing = transactions.get(params.path("id").asText());
        if (existing != null) {
            if (existing.state != 1) return error(-31008, "Невозможно", "Mumkin emas", "Impossible", null);
            return result(created(existing, regeneratesCreateTime ? existing.createTime + 1 : existing.createTime));
        }
        var refusal = accountRefusal(params);
        if (refusal != null) return refusal;
        var transaction = new Transaction(params.path("id").asText(), params.path("time").asLong(), params.path("amount").asLong(),
                params.path("account").path("order_id").asText(), Long.toString(numbers.incrementAndGet()), System.currentTimeMillis());
        transactions.put(transaction.id, transaction);
        return result(created(transaction, transaction.createTime));
    }

    private static ObjectNode created(Transaction transaction, long createTime) {
        var result = JSON.createObjectNode().put("create_time", createTime).put("transaction", transaction.number).put("state", transaction.state);
        result.putNull("receivers");
        return result;
    }

    private ObjectNode perform(String id) {
        var transaction = transactions.get(id);
        if (transaction == null) return error(-31003, "Транзакция не найдена", "Tranzaksiya topilmadi", "Transaction not found", null);
        if (transaction.state == 1) {
            transaction.state = 2;
            transaction.performTime = System.currentTimeMillis();
        } else if (transaction.state != 2) {
            return error(-31008, "Невозможно", "Mumkin emas", "Impossible", null);
        }
        return result(JSON.createObjectNode().put("transaction", transaction.number).put("perform_time", transaction.performTime).put("state", 2));
    }

    private ObjectNode cancel(String id, int reason) {
        var transaction = transactions.get(id);
        if (transaction == null) return error(-31003, "Транзакция не найдена", "Tranzaksiya topilmadi", "Transaction not found", null);
        if (transaction.state == 1 || transaction.state == 2) {
            transaction.state = transaction.state == 1 ? -1 : -2;
            transaction.cancelTime = System.currentTimeMillis();
            transaction.reason = reason;
        }
        return result(JSON.createObjectNode().put("transaction", transaction.number).put("cancel_time", transaction.cancelTime)
                .put("state", transaction.state));
    }

    private static ObjectNode result(ObjectNode result) {
        var reply = JSON.createObjectNode();
        reply.set("result", result);
        return reply;
    }

    private static ObjectNode error(int code, String ru, String uz, String en, String data) {
        var error = JSON.createObjectNode().put("code", code);
        error.putObject("message").put("ru", ru).put("uz", uz).put("en", en);
        if (data != null) error.put("data", data);
        var reply = JSON.createObjectNode();
        reply.set("error", error);
        return reply;
    }
}
