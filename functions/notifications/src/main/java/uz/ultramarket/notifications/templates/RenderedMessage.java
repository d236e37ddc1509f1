package uz.ultramarket.notifications.templates;

/** A notification's words in its language: the SMS text, or an email's subject and plain-text body. */
public record RenderedMessage(String subject, String text) {

    /** The email body as simple HTML: the text, escaped, one paragraph per blank-line-separated block. */
    public String html() {
        var html = new StringBuilder("<!doctype html><html><body style=\"font-family:sans-serif\">");
        for (var paragraph : text.split("\n\n")) {
            html.append("<p>").append(escape(paragraph).replace("\n", "<br>")).append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
