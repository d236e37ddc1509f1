package uz.ultramarket.registry;

import java.util.regex.Pattern;

/**
 * An S3 bucket whose objects the shop's web front serves at {@code webPath}: CloudFront forwards a request's whole path
 * to the bucket, so the object {@code images/a.svg} is served at {@code /images/a.svg} — the objects live under the
 * key prefix {@link #keyPrefix()}. The bucket is private; only the web front (CloudFront, or the local gateway) reads it.
 *
 * @param name    the registry's name; locally also the bucket's name (in AWS, CloudFormation names it: bucket names are global)
 * @param webPath where the web front serves it, e.g. {@code /images/}: one segment, with both slashes
 */
public record Bucket(String name, String webPath) {
    /**
     * The web front answers every object of a bucket with this policy (and {@code X-Content-Type-Options: nosniff}):
     * shown in an {@code <img>} an SVG runs nothing anyway, and opened on its own, from the shop's origin, it must not
     * either — uploads by staff come later.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private static final Pattern WEB_PATH = Pattern.compile("/[a-z][a-z0-9-]*/");

    public Bucket {
        Names.check(name);
        if (webPath == null || !WEB_PATH.matcher(webPath).matches() || webPath.equals("/api/")) {
            throw new IllegalArgumentException(name + ": webPath must be one lower-case segment between slashes, not /api/: " + webPath);
        }
    }

    /** Where the objects served at {@link #webPath} live in the bucket: {@code images/} for {@code /images/}. */
    public String keyPrefix() { return webPath.substring(1); }

    /** The environment variable that carries this bucket's physical name to the functions that may upload to it. */
    public String envName() { return "BUCKET_" + Names.constant(name); }

    /** The object key behind {@code webPath + key}: {@code images/demo/a.svg} for {@code demo/a.svg}. */
    public String objectKey(String key) { return keyPrefix() + key; }
}
