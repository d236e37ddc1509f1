package uz.ultramarket.notifications.email;

import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Content;
import uz.ultramarket.core.notification.Notification;
import uz.ultramarket.notifications.delivery.Sender;
import uz.ultramarket.notifications.templates.RenderedMessage;

/** Email through SES (API v2): a plain-text body with an HTML twin, from the shop's address; the provider id is SES's message id. */
public final class SesEmailSender implements Sender {
    private final SesV2Client ses;
    private final String from;

    /** @param from the {@code From} header, e.g. {@code UltraMarket <no-reply@ultramarket.uz>}; its domain must be a verified SES identity */
    public SesEmailSender(SesV2Client ses, String from) {
        this.ses = ses;
        this.from = from;
    }

    @Override
    public String send(Notification notification, RenderedMessage message) {
        return ses.sendEmail(r -> r.fromEmailAddress(from)
                .destination(d -> d.toAddresses(notification.recipient()))
                .content(c -> c.simple(m -> m
                        .subject(utf8(message.subject()))
                        .body(b -> b.text(utf8(message.text())).html(utf8(message.html()))))))
                .messageId();
    }

    private static Content utf8(String data) {
        return Content.builder().data(data).charset(StandardCharsets.UTF_8.name()).build();
    }
}
