package uz.ultramarket.local;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import uz.ultramarket.catalog.demo.DemoImages;
import uz.ultramarket.registry.Bucket;

/**
 * Puts the demo catalog's product images ({@link DemoImages}) into the images bucket, where the catalog's keys point:
 * {@code images/demo/…}. An image already there with the same content (its ETag is the MD5 of what we would upload) is
 * left as it is, so a restart against an emulator that keeps its data uploads nothing; moto forgets, so locally every
 * start uploads them all — in the background, while PostgreSQL starts and the demo catalog loads, and on after the
 * stack serves if need be (joining it before serving cost 5–10 s of start-to-ready on a busy two-core machine).
 */
final class DemoImagesSeed {
    /** Requests in flight: moto answers one at a time per core, the client side overlaps the rest. */
    private static final int PARALLEL = 4;

    /** What an upload did. */
    record Result(int uploaded, int kept) {}

    private DemoImagesSeed() {}

    /**
     * Uploads on a thread of its own; the future completes when every image is in the bucket. A failure is reported
     * on the console (the stack serves on, without the images), unless the future was cancelled first: the stack stopping.
     */
    static CompletableFuture<Result> inBackground(S3Client s3, String bucketName, Bucket bucket) {
        var done = new CompletableFuture<Result>();
        Thread.ofPlatform().daemon().name("local-demo-images").start(() -> {
            try {
                done.complete(upload(s3, bucketName, bucket));
            } catch (Throwable e) {
                if (done.completeExceptionally(e)) Progress.say("the demo images are missing: " + e.getMessage());
            }
        });
        return done;
    }

    static Result upload(S3Client s3, String bucketName, Bucket bucket) {
        long start = System.nanoTime();
        var images = DemoImages.all();
        Map<String, String> stored = s3.listObjectsV2Paginator(r -> r.bucket(bucketName).prefix(bucket.objectKey(DemoImages.KEY_PREFIX)))
                .contents().stream().collect(Collectors.toMap(S3Object::key, o -> unquoted(o.eTag())));
        var pending = images.entrySet().stream()
                .filter(p -> !md5(p.getValue()).equals(stored.get(bucket.objectKey(p.getKey())))).toList();
        try (var workers = Executors.newFixedThreadPool(PARALLEL, Thread.ofPlatform().daemon().name("local-demo-images-", 0).factory())) {
            var puts = pending.stream().map(p -> workers.submit(() -> s3.putObject(r -> r.bucket(bucketName).key(bucket.objectKey(p.getKey()))
                            .contentType(DemoImages.CONTENT_TYPE).cacheControl(DemoImages.CACHE_CONTROL), RequestBody.fromBytes(p.getValue()))))
                    .toList();
            for (Future<?> put : puts) put.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not upload the demo images to bucket " + bucketName + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while uploading the demo images", e);
        }
        var result = new Result(pending.size(), images.size() - pending.size());
        Progress.done("demo images in bucket " + bucketName + ": %,d uploaded, %,d already there".formatted(result.uploaded(), result.kept()), start);
        return result;
    }

    private static String md5(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }

    private static String unquoted(String etag) {
        return etag == null ? "" : etag.replace("\"", "");
    }
}
