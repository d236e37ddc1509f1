package uz.ultramarket.registry;

/** A resource a function may touch and how; least-privilege IAM and the function's environment follow from these. */
public sealed interface Access {

    record ReadTable(Table table) implements Access {}
    /** Only add items to a log no one may change ({@code PutItem}, each conditioned on a new key): the audit log. */
    record AppendTo(Table table) implements Access {}
    /**
     * Sign short-lived URLs that PUT one object under {@code bucket}'s {@code prefix} (a key prefix inside its web path's
     * objects), and nothing else in the bucket.
     */
    record UploadTo(Bucket bucket, String prefix) implements Access {
        public UploadTo {
            if (!prefix.startsWith(bucket.keyPrefix()) || !prefix.endsWith("/")) {
                throw new IllegalArgumentException("an upload prefix lies under " + bucket.keyPrefix() + " and ends with /: " + prefix);
            }
        }
    }
    record WriteTable(Table table) implements Access {}
    record Publish(Topic topic) implements Access {}
    /** Receive and delete (a consumer), or only inspect attributes ({@code consume == false}). */
    record UseQueue(Queue queue, boolean consume) implements Access {}
    /** The catalog database (Aurora PostgreSQL through RDS Proxy); puts the function in the VPC. */
    record CatalogDatabase(boolean write) implements Access {}
    /** Read the value of one operator secret (and nothing else in Secrets Manager). */
    record ReadSecret(Secret secret) implements Access {}
    /** Read and write the value of one secret the function keeps itself (a key it makes and rotates), and nothing else. */
    record KeepSecret(Secret secret) implements Access {}
    /** Send email through SES from the shop's own address ({@value SendEmail#FROM_VARIABLE}), and from no other identity. */
    record SendEmail() implements Access {
        /** Carries the {@code From} address, e.g. {@code UltraMarket <no-reply@ultramarket.uz>}. */
        public static final String FROM_VARIABLE = "EMAIL_FROM";
    }

    /** Build links that bring a shopper back to the shop (a payment's return page): its address is {@value LinkToShop#URL_VARIABLE}. */
    record LinkToShop() implements Access {
        /** Carries the shop's address, e.g. {@code https://ultramarket.uz}, without a trailing slash. */
        public static final String URL_VARIABLE = "SHOP_URL";
    }

    static ReadTable read(Table table) { return new ReadTable(table); }
    static WriteTable write(Table table) { return new WriteTable(table); }
    static AppendTo appendTo(Table table) { return new AppendTo(table); }
    static UploadTo uploadTo(Bucket bucket, String prefix) { return new UploadTo(bucket, prefix); }
    static Publish publish(Topic topic) { return new Publish(topic); }
    static UseQueue consume(Queue queue) { return new UseQueue(queue, true); }
    static UseQueue inspect(Queue queue) { return new UseQueue(queue, false); }
    static CatalogDatabase readDatabase() { return new CatalogDatabase(false); }
    static CatalogDatabase writeDatabase() { return new CatalogDatabase(true); }
    static ReadSecret readSecret(Secret secret) { return new ReadSecret(secret); }
    static KeepSecret keepSecret(Secret secret) { return new KeepSecret(secret); }
    static SendEmail sendEmail() { return new SendEmail(); }
    static LinkToShop linkToShop() { return new LinkToShop(); }
}
