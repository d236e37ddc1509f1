package uz.ultramarket.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.services.sqs.SqsClient;
import uz.ultramarket.local.click.ClickSandbox;
import uz.ultramarket.local.payme.PaymeSandbox;
import uz.ultramarket.local.payments.ProviderCalls;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import uz.ultramarket.registry.EventSource;
import uz.ultramarket.registry.FunctionSpec;
import uz.ultramarket.registry.World;

/**
 * The local stack's own pages under {@code /_local/}: what runs, how full each queue and dead-letter queue is,
 * and a button per schedule; {@code POST /_local/schedules/{function}} runs a schedule now; {@code /_local/outbox}
 * (and {@code /_local/outbox.json}) shows the SMS and email sent; {@code /_local/payme/…} and {@code /_local/click/…} are
 * the payment providers' sandboxes, {@code /_local/payments} (and {@code .json}) every call they made to the shop, and
 * {@code /_local/providers.json} the test accounts the shop's payment endpoints answer to.
 */
final class LocalPages {
    static final String PREFIX = "/_local";
    private static final String SCHEDULES = PREFIX + "/schedules/";
    private static final String OUTBOX = PREFIX + "/outbox";
    private static final String PAYMENTS = PREFIX + "/payments";
    private static final String PROVIDERS = PREFIX + "/providers.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final World world;
    private final Resources resources;
    private final Schedules schedules;
    private final SqsClient sqs;
    private final Endpoints endpoints;
    private final Outbox outbox;
    private final List<BucketOrigin> buckets;
    private final PaymeSandbox payme;
    private final ClickSandbox click;
    private final ProviderCalls providerCalls;

    LocalPages(World world, Resources resources, Schedules schedules, SqsClient sqs, Endpoints endpoints, Outbox outbox,
               List<BucketOrigin> buckets, PaymeSandbox payme, ClickSandbox click, ProviderCalls providerCalls) {
        this.world = world;
        this.resources = resources;
        this.schedules = schedules;
        this.sqs = sqs;
        this.endpoints = endpoints;
        this.outbox = outbox;
        this.buckets = List.copyOf(buckets);
        this.payme = payme;
        this.click = click;
        this.providerCalls = providerCalls;
    }

    void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.startsWith(SCHEDULES) && method.equals("POST")) {
            runSchedule(exchange, path.substring(SCHEDULES.length()));
        } else if (path.equals(OUTBOX) && method.equals("GET")) {
            LocalApiGateway.send(exchange, 200, "text/html; charset=utf-8", outbox.page(recipient(exchange)).getBytes(StandardCharsets.UTF_8));
        } else if (path.equals(OUTBOX + ".json") && method.equals("GET")) {
            LocalApiGateway.send(exchange, 200, "application/json", outbox.json(recipient(exchange)));
        } else if (path.equals(PaymeSandbox.PREFIX) || path.startsWith(PaymeSandbox.PREFIX + "/")) {
            payme.handle(exchange);
        } else if (path.equals(ClickSandbox.PREFIX) || path.startsWith(ClickSandbox.PREFIX + "/")) {
            click.handle(exchange);
        } else if (path.equals(PAYMENTS) && method.equals("GET")) {
            LocalApiGateway.send(exchange, 200, "text/html; charset=utf-8", providerCalls.page().getBytes(StandardCharsets.UTF_8));
        } else if (path.equals(PAYMENTS + ".json") && method.equals("GET")) {
            LocalApiGateway.send(exchange, 200, "application/json", providerCalls.json());
        } else if (path.equals(PROVIDERS) && method.equals("GET")) {
            var providers = new LinkedHashMap<String, Object>();
            providers.put("payme", payme.settings());
            providers.put("click", click.settings());
            LocalApiGateway.send(exchange, 200, "application/json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(providers));
        } else if ((path.equals(PREFIX) || path.equals(PREFIX + "/")) && method.equals("GET")) {
            LocalApiGateway.send(exchange, 200, "text/html; charset=utf-8", index().getBytes(StandardCharsets.UTF_8));
        } else {
            GatewayProblems.send(exchange, GatewayProblems.notFound("No local page " + method + " " + path + "; see " + PREFIX + "/"));
        }
    }

    /** The {@code to} query parameter, decoded, or null. */
    private static String recipient(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) return null;
        for (var pair : query.split("&")) {
            if (pair.startsWith("to=")) {
                String value = java.net.URLDecoder.decode(pair.substring(3), StandardCharsets.UTF_8);
                return value.isBlank() ? null : value;
            }
        }
        return null;
    }

    private void runSchedule(HttpExchange exchange, String function) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!schedules.has(function)) {
            GatewayProblems.send(exchange, GatewayProblems.notFound("No function named " + function + " runs on a schedule."));
            return;
        }
        long start = System.nanoTime();
        Object result;
        try {
            result = schedules.runNow(function);
        } catch (RuntimeException | Error e) {
            LocalApiGateway.logFailure(function, e);
            GatewayProblems.send(exchange, GatewayProblems.badGateway("The scheduled function " + function + " failed: " + e));
            return;
        }
        var accept = exchange.getRequestHeaders().getFirst("Accept");
        if (accept != null && accept.contains("text/html")) { // the button on the index page: back to it
            exchange.getResponseHeaders().set("Location", PREFIX + "/");
            LocalApiGateway.send(exchange, 303, null, new byte[0]);
            return;
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("function", function);
        body.put("millis", (System.nanoTime() - start) / 1_000_000);
        body.put("result", result == null ? null : String.valueOf(result));
        LocalApiGateway.send(exchange, 200, "application/json", JSON.writeValueAsBytes(body));
    }

    private String index() {
        var html = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>UltraMarket — local stack</title>
                <style>body{font-family:system-ui,sans-serif;margin:2rem;line-height:1.4}table{border-collapse:collapse;margin-bottom:2rem}
                td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}code{font-size:.9em}</style></head><body>
                <h1>UltraMarket — local stack</h1>
                """);
        html.append("<p>DynamoDB <code>").append(endpoints.dynamoDb()).append("</code> · AWS services <code>").append(endpoints.aws())
                .append("</code> (<a href=\"").append(endpoints.aws()).append("/moto-api/\">moto dashboard</a>, when moto runs) · PostgreSQL <code>")
                .append(StaticSite.escape(endpoints.jdbcUrl())).append("</code></p>\n");
        html.append("<p><a href=\"").append(OUTBOX).append("\">Outbox</a>: every SMS and email the shop sent (SMS through the Eskiz sandbox, email")
                .append(" through SES), also as <a href=\"").append(OUTBOX).append(".json\">JSON</a>.</p>\n");
        html.append("<p>Payments: the <a href=\"").append(PaymeSandbox.PREFIX).append("/\">Payme sandbox</a> and the <a href=\"")
                .append(ClickSandbox.PREFIX).append("/\">Click sandbox</a> (the providers' pay pages, calling the shop's endpoints); <a href=\"")
                .append(PAYMENTS).append("\">every call they made</a> (<a href=\"").append(PAYMENTS).append(".json\">JSON</a>); the test accounts")
                .append(" as <a href=\"").append(PROVIDERS).append("\">providers.json</a>.</p>\n");
        html.append("<h2>Queues</h2><table><tr><th>Queue</th><th>Waiting</th><th>In flight</th><th>Dead letters</th></tr>\n");
        for (var queue : world.queues()) {
            var address = resources.queue(queue);
            html.append("<tr><td>").append(queue.name()).append("</td><td>").append(count(address.url(), QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                    .append("</td><td>").append(count(address.url(), QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                    .append("</td><td>").append(count(address.deadLetterUrl(), QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).append("</td></tr>\n");
        }
        html.append("</table><h2>Buckets</h2><table><tr><th>Bucket</th><th>Served at</th><th>Objects</th></tr>\n");
        for (var bucket : buckets) {
            html.append("<tr><td>").append(StaticSite.escape(bucket.bucketName())).append("</td><td><code>").append(bucket.bucket().webPath())
                    .append("*</code> from <code>").append(bucket.bucket().keyPrefix()).append("*</code></td><td>").append(objects(bucket))
                    .append("</td></tr>\n");
        }
        html.append("</table><h2>Schedules</h2><table><tr><th>Function</th><th>Every</th><th></th></tr>\n");
        for (var scheduled : schedules.all()) {
            html.append("<tr><td>").append(scheduled.function().name()).append("</td><td>").append(scheduled.rate().toMinutes()).append(" min")
                    .append("</td><td><form method=\"post\" action=\"").append(SCHEDULES).append(scheduled.function().name())
                    .append("\"><button>Run now</button></form></td></tr>\n");
        }
        html.append("</table><h2>Functions</h2><table><tr><th>Function</th><th>Handler</th><th>Invoked by</th></tr>\n");
        for (var function : world.functions()) {
            html.append("<tr><td>").append(function.name()).append("</td><td><code>").append(function.handler()).append("</code></td><td>")
                    .append(StaticSite.escape(triggers(function))).append("</td></tr>\n");
        }
        return html.append("</table></body></html>\n").toString();
    }

    private String count(String queueUrl, QueueAttributeName attribute) {
        try {
            return sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(attribute)).attributes().get(attribute);
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private static String objects(BucketOrigin bucket) {
        try {
            return Long.toString(bucket.objectCount());
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private static String triggers(FunctionSpec function) {
        var routes = function.routes().stream().map(r -> r.key());
        var events = function.events().stream().map(e -> switch (e) {
            case EventSource.FromQueue q -> "queue " + q.queue().name();
            case EventSource.FromStream s -> "stream of " + s.table().name();
            case EventSource.Every every -> "every " + every.rate();
            case EventSource.OnDeploy d -> "every deploy (at start)";
        });
        return Stream.concat(routes, events).collect(Collectors.joining(", "));
    }
}
