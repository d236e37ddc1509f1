package uz.ultramarket.infra;

import software.constructs.Construct;
import software.amazon.awscdk.services.ses.EmailIdentity;
import software.amazon.awscdk.services.ses.Identity;

/**
 * The shop's SES sending identity: a domain ({@code -c mailDomain=…}; {@code ultramarket.uz} for prod and
 * {@code <stage>.ultramarket.uz} otherwise, as one identity per account and region cannot serve two stages), which
 * the functions that send email may send from — and only from it — as {@code UltraMarket <no-reply@domain>}. SES
 * verifies the domain once its three DKIM CNAME records are in DNS (infra/cdk/README.md).
 */
public final class Mail extends Construct {

    public static final String CONTEXT_KEY = "mailDomain";

    private final String domain;
    private final EmailIdentity identity;

    public Mail(Construct scope, String id, ShopStage stage) {
        super(scope, id);
        var configured = getNode().tryGetContext(CONTEXT_KEY);
        domain = configured != null ? configured.toString() : stage.isProd() ? "ultramarket.uz" : stage.id() + ".ultramarket.uz";
        identity = EmailIdentity.Builder.create(this, "Identity").identity(Identity.domain(domain)).build();
    }

    public String domain() { return domain; }

    public EmailIdentity identity() { return identity; }

    /** What {@code EMAIL_FROM} carries. */
    public String from() { return "UltraMarket <no-reply@" + domain + ">"; }
}
