package uz.ultramarket.catalog.admin.products;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import uz.ultramarket.registry.Registry;

/**
 * Lets a browser put one product image straight into the images bucket: a PUT URL signed for one new key, one content
 * type and one length, for five minutes — so the function never carries the bytes and the bucket takes nothing else.
 */
public final class ImageUploads {

    public static final Duration VALID_FOR = Duration.ofMinutes(5);
    public static final long MAX_BYTES = 5_242_880;
    static final Map<String, String> EXTENSIONS = Map.of("image/jpeg", "jpg", "image/png", "png", "image/webp", "webp");

    /** What the browser needs: where to PUT, with which headers, and the {@code key} to save in the product's images. */
    public record ImageUpload(String key, String uploadUrl, String method, Map<String, String> headers, Instant expiresAt, String url) {}

    private final S3Presigner presigner;
    private final String bucket;
    private final Clock clock;

    public ImageUploads(S3Presigner presigner, String bucket, Clock clock) {
        this.presigner = presigner;
        this.bucket = bucket;
        this.clock = clock;
    }

    /** @param contentType one of {@link #EXTENSIONS}; @param size 1..{@link #MAX_BYTES} (the caller checked both) */
    public ImageUpload presign(String contentType, long size) {
        String objectKey = Registry.PRODUCT_IMAGES + UUID.randomUUID() + "." + EXTENSIONS.get(contentType);
        Instant expiresAt = clock.instant().plus(VALID_FOR);
        var signed = presigner.presignPutObject(r -> r.signatureDuration(VALID_FOR)
                .putObjectRequest(put -> put.bucket(bucket).key(objectKey).contentType(contentType).contentLength(size)));
        String key = objectKey.substring(Registry.IMAGES.keyPrefix().length());
        return new ImageUpload(key, signed.url().toString(), "PUT", Map.of("Content-Type", contentType), expiresAt,
                Registry.IMAGES.webPath() + key);
    }
}
