package uz.ultramarket.ops.apidocs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Locale;

/** Renders an OpenAPI document as one self-contained HTML page: no script, no CDN, works offline. */
final class ApiDocsPage {
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ApiDocsPage() {}

    static String render(JsonNode doc) {
        var html = new StringBuilder(16_384);
        var info = doc.path("info");
        html.append("""
                <!doctype html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>""").append(escape(info.path("title").asText())).append("""
                </title><style>
                body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:960px;padding:1rem;color:#1f2937}
                h1{margin-bottom:0}h2{border-bottom:1px solid #e5e7eb;padding-bottom:.25rem;margin-top:2rem}
                .op{border:1px solid #e5e7eb;border-radius:8px;padding:.75rem 1rem;margin:1rem 0}
                .method{display:inline-block;min-width:4.5rem;font-weight:700;color:#fff;background:#2563eb;border-radius:4px;
                  text-align:center;margin-right:.5rem}.method.post{background:#16a34a}.method.delete{background:#dc2626}
                .method.patch,.method.put{background:#d97706}
                code,pre{font-family:ui-monospace,monospace;font-size:13px}pre{background:#f3f4f6;padding:.5rem;overflow:auto;border-radius:6px}
                .text{white-space:pre-wrap}table{border-collapse:collapse}td,th{border:1px solid #e5e7eb;padding:.25rem .5rem;text-align:left}
                </style></head><body>
                """);
        html.append("<h1>").append(escape(info.path("title").asText())).append("</h1>");
        html.append("<p>Version ").append(escape(info.path("version").asText()))
                .append(" · <a href=\"/api/docs/openapi.yaml\">openapi.yaml</a></p>");
        html.append("<p class=\"text\">").append(escape(info.path("description").asText())).append("</p>");

        html.append("<h2>Routes</h2>");
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op ->
                operation(html, op.getKey(), path.getKey(), op.getValue())));

        html.append("<h2>Schemas</h2>");
        doc.path("components").path("schemas").properties().forEach(schema -> html
                .append("<h3 id=\"schema-").append(escape(schema.getKey())).append("\">").append(escape(schema.getKey()))
                .append("</h3><pre>").append(escape(pretty(schema.getValue()))).append("</pre>"));

        html.append("<h2>Problem types</h2><table><tr><th>type</th><th>status</th><th>title</th><th>meaning</th></tr>");
        doc.path("x-problem-types").forEach(type -> {
            var slug = escape(type.path("slug").asText());
            html.append("<tr id=\"problem-").append(slug).append("\"><td><code>/api/docs#problem-").append(slug)
                    .append("</code></td><td>").append(type.path("status").asInt()).append("</td><td>")
                    .append(escape(type.path("title").asText())).append("</td><td>")
                    .append(escape(type.path("description").asText())).append("</td></tr>");
        });
        return html.append("</table></body></html>\n").toString();
    }

    private static void operation(StringBuilder html, String method, String path, JsonNode op) {
        var verb = method.toLowerCase(Locale.ROOT);
        html.append("<div class=\"op\" id=\"").append(escape(op.path("operationId").asText(verb + path))).append("\">")
                .append("<span class=\"method ").append(escape(verb)).append("\">").append(escape(verb.toUpperCase(Locale.ROOT)))
                .append("</span><code>").append(escape(path)).append("</code> — ").append(escape(op.path("summary").asText()));
        if (op.has("description")) html.append("<p class=\"text\">").append(escape(op.path("description").asText())).append("</p>");
        if (op.has("parameters")) {
            html.append("<table><tr><th>parameter</th><th>in</th><th>required</th><th>description</th></tr>");
            op.path("parameters").forEach(p -> html.append("<tr><td><code>").append(escape(p.path("name").asText()))
                    .append("</code></td><td>").append(escape(p.path("in").asText())).append("</td><td>")
                    .append(p.path("required").asBoolean()).append("</td><td>")
                    .append(escape(p.path("description").asText())).append("</td></tr>"));
            html.append("</table>");
        }
        op.path("responses").properties().forEach(response -> {
            html.append("<p><b>").append(escape(response.getKey())).append("</b> ")
                    .append(escape(response.getValue().path("description").asText()));
            response.getValue().path("content").properties().forEach(content -> {
                html.append(" <code>").append(escape(content.getKey())).append("</code>");
                if (content.getValue().has("example")) {
                    html.append("<pre>").append(escape(pretty(content.getValue().path("example")))).append("</pre>");
                }
            });
            html.append("</p>");
        });
        html.append("</div>");
    }

    private static String pretty(JsonNode node) {
        try {
            return PRETTY.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return node.toString();
        }
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
