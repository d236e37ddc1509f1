package uz.ultramarket.infra;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.constructs.Construct;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.customresources.AwsCustomResource;
import software.amazon.awscdk.customresources.AwsCustomResourcePolicy;
import software.amazon.awscdk.customresources.AwsSdkCall;
import software.amazon.awscdk.customresources.PhysicalResourceId;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.cloudfront.AccessLevel;
import software.amazon.awscdk.services.cloudfront.AllowedMethods;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.CacheCookieBehavior;
import software.amazon.awscdk.services.cloudfront.CacheHeaderBehavior;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.CacheQueryStringBehavior;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.Function;
import software.amazon.awscdk.services.cloudfront.FunctionAssociation;
import software.amazon.awscdk.services.cloudfront.FunctionCode;
import software.amazon.awscdk.services.cloudfront.FunctionEventType;
import software.amazon.awscdk.services.cloudfront.FunctionRuntime;
import software.amazon.awscdk.services.cloudfront.HttpVersion;
import software.amazon.awscdk.services.cloudfront.OriginProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.OriginRequestPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersContentSecurityPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersContentTypeOptions;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseSecurityHeadersBehavior;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.HttpOrigin;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOriginWithOACProps;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.deployment.BucketDeployment;
import software.amazon.awscdk.services.s3.deployment.CacheControl;
import software.amazon.awscdk.services.s3.deployment.Source;

/**
 * One origin for the browser: CloudFront serves the storefront/admin SPA from S3, each bucket of the world (product
 * images) at its web path ({@code /images/*}), and forwards {@code /api/*} to the HTTP API — uncached, except the
 * routes whose answers are the same for everyone (the catalog) — so there is no CORS. Every bucket is private, read by CloudFront through origin access control.
 */
public final class Web extends Construct {

    // a path without a file extension is a client-side route of the SPA: answer it with the app's shell. Only the
    // default behaviour runs this, so /api/* keeps its own 404s and /images/* its own misses.
    private static final String SPA_ROUTING = """
            function handler(event) {
              var request = event.request;
              if (!/\\.[A-Za-z0-9]+$/.test(request.uri)) {
                request.uri = '/index.html';
              }
              return request;
            }
            """;

    /** How long a browser may keep the answer to an upload's CORS preflight. */
    static final int CORS_MAX_AGE_SECONDS = 3000;

    private final Bucket site;
    private final Map<uz.ultramarket.registry.Bucket, Bucket> served = new LinkedHashMap<>();
    private final ShopStage stage;
    private Distribution distribution;

    /**
     * @param sharedApiPaths CloudFront path patterns of the API routes whose answers are the same for every caller
     *                       (the registry's {@code sharedAnswers} functions): kept as their Cache-Control says
     */
    public Web(Construct scope, String id, ShopStage stage, List<uz.ultramarket.registry.Bucket> buckets) {
        super(scope, id);
        this.stage = stage;
        site = privateBucket("Site", stage, false);
        buckets.forEach(declared -> served.put(declared, privateBucket(constructId(declared), stage, stage.isProd())));
    }

    /**
     * The distribution in front of the buckets (made first, so that functions can be given a bucket) and the API.
     *
     * @param uploadedTo   the buckets some function signs uploads to: each gets a CORS rule for the shop's origins
     * @param shopUrl      the shop's own address ({@code -c shopUrl}), an origin besides the CloudFront domain
     */
    public void serve(Api api, Optional<Path> storefront, List<uz.ultramarket.registry.Bucket> uploadedTo, String shopUrl,
                      List<String> sharedApiPaths) {
        var buckets = List.copyOf(served.keySet());

        var spaRouting = Function.Builder.create(this, "SpaRouting")
                .runtime(FunctionRuntime.JS_2_0)
                .code(FunctionCode.fromInline(SPA_ROUTING))
                .comment("Serves /index.html for the SPA's own routes")
                .build();
        var apiOrigin = HttpOrigin.Builder.create(api.domainName()).protocolPolicy(OriginProtocolPolicy.HTTPS_ONLY).build();
        var behaviours = new LinkedHashMap<String, BehaviorOptions>();
        if (!sharedApiPaths.isEmpty()) {
            // per query string and language (the answers say Vary: Accept-Language); no cookie or token is part of
            // the key or reaches the function, so nothing personal can be cached; error answers say no-store
            var sharedAnswers = CachePolicy.Builder.create(this, "SharedApiAnswers")
                    .comment("API answers the same for every caller, kept as their Cache-Control says")
                    .minTtl(software.amazon.awscdk.Duration.seconds(0))
                    .defaultTtl(software.amazon.awscdk.Duration.seconds(0))
                    .maxTtl(software.amazon.awscdk.Duration.minutes(5))
                    .queryStringBehavior(CacheQueryStringBehavior.all())
                    .headerBehavior(CacheHeaderBehavior.allowList("Accept-Language"))
                    .cookieBehavior(CacheCookieBehavior.none())
                    .enableAcceptEncodingGzip(true)
                    .enableAcceptEncodingBrotli(true)
                    .build();
            // before /api/*: CloudFront takes the first pattern that matches
            sharedApiPaths.forEach(path -> behaviours.put(path, BehaviorOptions.builder()
                    .origin(apiOrigin)
                    .viewerProtocolPolicy(ViewerProtocolPolicy.HTTPS_ONLY)
                    .allowedMethods(AllowedMethods.ALLOW_GET_HEAD)
                    .cachePolicy(sharedAnswers)
                    .build()));
        }
        behaviours.put("/api/*", BehaviorOptions.builder()
                .origin(apiOrigin)
                .viewerProtocolPolicy(ViewerProtocolPolicy.HTTPS_ONLY)
                .allowedMethods(AllowedMethods.ALLOW_ALL)
                .cachePolicy(CachePolicy.CACHING_DISABLED)
                // every viewer header but Host (API Gateway routes on its own host name), all cookies and query strings
                .originRequestPolicy(OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER)
                .build());
        // CloudFront forwards the whole path: /images/a.svg reads the object images/a.svg. Objects keep their own
        // Content-Type and Cache-Control.
        var objectsOnly = buckets.isEmpty() ? null : objectHeaders();
        served.forEach((declared, bucket) -> behaviours.put(declared.webPath() + "*", BehaviorOptions.builder()
                // ListBucket lets S3 answer a missing key with 404; with GetObject alone it says 403
                .origin(S3BucketOrigin.withOriginAccessControl(bucket, S3BucketOriginWithOACProps.builder()
                        .originAccessLevels(List.of(AccessLevel.READ, AccessLevel.LIST)).build()))
                .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                .cachePolicy(CachePolicy.CACHING_OPTIMIZED)
                .responseHeadersPolicy(objectsOnly)
                .build()));
        distribution = Distribution.Builder.create(this, "Distribution")
                .comment("UltraMarket " + stage.id())
                .defaultRootObject("index.html")
                .httpVersion(HttpVersion.HTTP2_AND_3)
                .defaultBehavior(BehaviorOptions.builder()
                        .origin(S3BucketOrigin.withOriginAccessControl(site))
                        .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        .cachePolicy(CachePolicy.CACHING_OPTIMIZED)
                        .responseHeadersPolicy(ResponseHeadersPolicy.SECURITY_HEADERS)
                        .functionAssociations(List.of(FunctionAssociation.builder()
                                .function(spaRouting).eventType(FunctionEventType.VIEWER_REQUEST).build()))
                        .build())
                .additionalBehaviors(behaviours)
                .build();

        storefront.ifPresentOrElse(this::deploy, () -> Annotations.of(this).addInfo(
                "frontend/dist is not built, so this deploy uploads no storefront files; build it first (npm run build in frontend/)"));
        var origins = List.of("https://" + distribution.getDistributionDomainName(), shopUrl);
        uploadedTo.forEach(declared -> allowUploadsFrom(declared, origins));
    }

    /**
     * The browser PUTs to a presigned URL straight to S3, so the bucket answers CORS for the shop's origins: PUT with a
     * Content-Type, ETag readable. The CloudFront domain is one of them, and the distribution reads the bucket: the
     * bucket's own CorsConfiguration would make a dependency cycle, so a custom resource puts the rule once both exist
     * (as CDK does with bucket notifications).
     */
    private void allowUploadsFrom(uz.ultramarket.registry.Bucket declared, List<String> origins) {
        var bucket = bucket(declared);
        var rule = new LinkedHashMap<String, Object>();
        rule.put("AllowedMethods", List.of("PUT"));
        rule.put("AllowedOrigins", origins);
        rule.put("AllowedHeaders", List.of("content-type"));
        rule.put("ExposeHeaders", List.of("ETag"));
        rule.put("MaxAgeSeconds", CORS_MAX_AGE_SECONDS);
        var putCors = AwsSdkCall.builder()
                .service("S3")
                .action("putBucketCors")
                .parameters(Map.of("Bucket", bucket.getBucketName(), "CORSConfiguration", Map.of("CORSRules", List.of(rule))))
                .physicalResourceId(PhysicalResourceId.of(stage.resourceName(declared.name() + "-cors")))
                .build();
        AwsCustomResource.Builder.create(this, constructId(declared) + "Cors")
                .resourceType("Custom::BucketCors")
                .onCreate(putCors)
                .onUpdate(putCors)
                .policy(AwsCustomResourcePolicy.fromStatements(List.of(PolicyStatement.Builder.create()
                        .actions(List.of("s3:PutBucketCORS")).resources(List.of(bucket.getBucketArn())).build())))
                .installLatestAwsSdk(false)
                .build();
    }

    public Distribution distribution() { return distribution; }

    /** The bucket built for {@code declared}: its object {@code images/<key>} is served at {@code https://<domain>/images/<key>}. */
    public Bucket bucket(uz.ultramarket.registry.Bucket declared) {
        var bucket = served.get(declared);
        if (bucket == null) throw new IllegalArgumentException("bucket " + declared.name() + " is not in the world");
        return bucket;
    }

    /** {@code images} → {@code Images}. */
    static String constructId(uz.ultramarket.registry.Bucket declared) {
        var words = declared.name().split("-");
        var id = new StringBuilder();
        for (var word : words) id.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        return id.toString();
    }

    private ResponseHeadersPolicy objectHeaders() {
        return ResponseHeadersPolicy.Builder.create(this, "BucketObjectHeaders")
                .comment("Objects of the shop's buckets are shown, never run")
                .securityHeadersBehavior(ResponseSecurityHeadersBehavior.builder()
                        .contentTypeOptions(ResponseHeadersContentTypeOptions.builder().override(true).build())
                        .contentSecurityPolicy(ResponseHeadersContentSecurityPolicy.builder()
                                .contentSecurityPolicy(uz.ultramarket.registry.Bucket.CONTENT_SECURITY_POLICY).override(true).build())
                        .build())
                .build();
    }

    // Vite's assets/ carry content hashes: cached for a year; everything else (index.html) is revalidated. Old assets
    // stay (no pruning) so a page loaded just before a deploy can still fetch its chunks.
    private void deploy(Path dist) {
        var files = Source.asset(dist.toString());
        BucketDeployment.Builder.create(this, "HashedAssets")
                .sources(List.of(files))
                .destinationBucket(site)
                .exclude(List.of("*"))
                .include(List.of("assets/*"))
                .cacheControl(List.of(CacheControl.fromString("public, max-age=31536000, immutable")))
                .prune(false)
                .memoryLimit(512)
                .build();
        BucketDeployment.Builder.create(this, "Shell")
                .sources(List.of(files))
                .destinationBucket(site)
                .exclude(List.of("assets/*"))
                .cacheControl(List.of(CacheControl.noCache()))
                .prune(false)
                .memoryLimit(512)
                .distribution(distribution)
                .distributionPaths(List.of("/*"))
                .build();
    }

    private Bucket privateBucket(String id, ShopStage stage, boolean versioned) {
        return Bucket.Builder.create(this, id)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .versioned(versioned)
                .removalPolicy(stage.dataRemoval())
                .autoDeleteObjects(!stage.isProd())
                .build();
    }
}
