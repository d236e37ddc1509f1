package uz.ultramarket.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.FileReader;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import org.postgresql.ds.PGSimpleDataSource;
import uz.ultramarket.catalog.listing.ProductListing;
import uz.ultramarket.catalog.product.Language;
import uz.ultramarket.catalog.product.ProductFilters;
import uz.ultramarket.catalog.product.ProductSort;
import uz.ultramarket.catalog.search.CatalogSearch;
import uz.ultramarket.catalog.search.SearchQuery;
import uz.ultramarket.core.json.Json;

/**
 * A benchmark, not a test: loads a running local stack's catalog API with a mix of what shoppers do — browse every
 * category (each sort, in stock, a brand, the next page), open product pages, the category tree; search in Uzbek,
 * Russian and English, with typos, and type-ahead — and prints throughput and p50/p95/p99 per group, first for each
 * distinct URL's first request (nothing reused yet), then for {@code requests} requests at {@code concurrency}. Last,
 * PostgreSQL's plans of the main queries ({@code EXPLAIN ANALYZE}), to show which indexes they read.
 *
 * <p>Arguments: base URL, the stack's {@code function-environment.properties}, requests per group, concurrency.
 */
public final class CatalogBenchmark {

    /** What shoppers type: Latin and Cyrillic Uzbek, Russian, English, typos, brands, models, several words. */
    private static final List<String> QUERIES = List.of(
            "telefon", "телефон", "смартфон", "samsung", "samsnug", "samsung galaxy", "iphone", "redmi note",
            "muzlatgich", "музлатгич", "холодильник", "kir yuvish mashinasi", "стиральная машина", "televizor",
            "телевизор", "noutbuk", "ноутбук", "laptop", "quloqchin", "наушники", "changyutgich", "пылесос",
            "konditsioner", "кондиционер", "krossovka", "кроссовки", "ko‘ylak", "futbolka", "o‘yinchoq", "lego",
            "игрушка", "choy", "чай", "kofe", "подгузники", "artel", "artell", "shivaki", "bosch", "philips");
    private static final List<String> PREFIXES = List.of("sam", "tel", "теле", "muz", "нау", "app", "xia", "kir", "chan",
            "lego", "art", "iph");
    private static final List<String> SORTS = List.of("popularity", "price_asc", "price_desc", "newest");

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private CatalogBenchmark(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CatalogBenchmark <base URL> <function-environment.properties> [requests] [concurrency]");
            System.exit(2);
        }
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 1_200;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        var benchmark = new CatalogBenchmark(args[0]);
        var browse = benchmark.browseUrls();
        var search = benchmark.searchUrls();
        System.out.printf("%n== catalog URL mix: %,d browse URLs (%s), %,d search URLs (%d queries × relevance, %d type-ahead)%n",
                browse.size(), "every category × 4 sorts, in stock, top brand, page 2; 200 product pages; the tree; home",
                search.size(), QUERIES.size(), PREFIXES.size());

        System.out.printf("%n== first request of each distinct URL (nothing reused yet), concurrency %d%n", concurrency);
        benchmark.run("browse", browse, browse.size(), concurrency, false).result().print();
        benchmark.run("search", search, search.size(), concurrency, false).result().print();

        System.out.printf("%n== %,d requests per group at concurrency %d, URLs drawn at random from the mix%n", requests, concurrency);
        benchmark.run("browse", browse, requests, concurrency, true).result().print();
        var steadySearch = benchmark.run("search", search, requests, concurrency, true);
        steadySearch.result().print();
        steadySearch.result().printSlowest(steadySearch.urls(), 8);

        explain(args[1]);
        System.exit(0);
    }

    private List<String> browseUrls() throws IOException, InterruptedException {
        var urls = new LinkedHashSet<String>();
        urls.add("/api/categories");
        urls.add("/api/products?sort=popularity&limit=12");
        var products = new ArrayList<String>();
        for (String category : categories(get("/api/categories").path("categories"), new ArrayList<>())) {
            for (String sort : SORTS) urls.add("/api/products?category=" + category + "&sort=" + sort);
            urls.add("/api/products?category=" + category + "&inStock=true");
            JsonNode first = get("/api/products?category=" + category);
            JsonNode brand = first.at("/facets/brands/0/slug");
            if (!brand.isMissingNode()) urls.add("/api/products?category=" + category + "&brand=" + brand.asText());
            if (first.path("nextCursor").isTextual()) {
                urls.add("/api/products?category=" + category + "&cursor=" + encode(first.path("nextCursor").asText()));
            }
            for (JsonNode card : first.path("items")) products.add(card.path("slug").asText());
        }
        Collections.shuffle(products, new Random(998));
        products.stream().limit(200).forEach(slug -> urls.add("/api/products/" + slug));
        return List.copyOf(urls);
    }

    private static List<String> categories(JsonNode nodes, List<String> into) {
        for (JsonNode node : nodes) {
            into.add(node.path("slug").asText());
            categories(node.path("children"), into);
        }
        return into;
    }

    private List<String> searchUrls() {
        var urls = new ArrayList<String>();
        for (String query : QUERIES) urls.add("/api/products?q=" + encode(query));
        for (String prefix : PREFIXES) urls.add("/api/search/suggest?q=" + encode(prefix));
        return urls;
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        var response = client.send(request(path), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) throw new IllegalStateException(path + " answered " + response.statusCode());
        return Json.mapper().readTree(response.body());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "uz").timeout(Duration.ofSeconds(30)).build();
    }

    /** What one run measured, and the URL each of its requests asked for. */
    private record Run(Load.Result result, String[] urls) {}

    private Run run(String group, List<String> urls, int count, int concurrency, boolean random) throws Exception {
        var draw = new Random(998);
        String[] plan = new String[count];
        for (int i = 0; i < count; i++) plan[i] = urls.get(random ? draw.nextInt(urls.size()) : i % urls.size());
        var result = Load.run(group, count, concurrency,
                (worker, i) -> client.send(request(plan[i]), HttpResponse.BodyHandlers.discarding()).statusCode());
        return new Run(result, plan);
    }

    private static void explain(String environmentFile) throws IOException {
        var environment = new Properties();
        try (var reader = new FileReader(environmentFile)) { environment.load(reader); }
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(environment.getProperty("DB_URL"));
        dataSource.setUser(environment.getProperty("DB_USER"));
        dataSource.setPassword(environment.getProperty("DB_PASSWORD"));
        var listing = new ProductListing(dataSource);
        var search = new CatalogSearch(dataSource);
        var smartphones = ProductFilters.NONE.inCategory("smartphones");
        System.out.printf("%n== EXPLAIN ANALYZE of the main queries (scans and timing; full plans: the stores' explain())%n");
        plan("browse a category by popularity", listing.explain(smartphones, ProductSort.POPULARITY, Optional.empty(), 24, Language.UZ));
        plan("browse a category by price", listing.explain(smartphones, ProductSort.PRICE_ASC, Optional.empty(), 24, Language.UZ));
        plan("browse in stock, one brand", listing.explain(smartphones.onlyInStock().ofBrands("samsung"), ProductSort.POPULARITY,
                Optional.empty(), 24, Language.UZ));
        plan("browse the whole catalog, newest", listing.explain(ProductFilters.NONE, ProductSort.NEWEST, Optional.empty(), 24, Language.UZ));
        plan("search 'telefon' (names a category)", search.explain(SearchQuery.parse("telefon"), Language.UZ,
                ProductFilters.NONE, ProductSort.RELEVANCE, Optional.empty(), 24));
        plan("search 'samsnug' (a typo)", search.explain(SearchQuery.parse("samsnug"), Language.UZ,
                ProductFilters.NONE, ProductSort.RELEVANCE, Optional.empty(), 24));
        plan("search 'samsung galaxy', cheapest first", search.explain(SearchQuery.parse("samsung galaxy"), Language.UZ,
                ProductFilters.NONE, ProductSort.PRICE_ASC, Optional.empty(), 24));
    }

    private static void plan(String title, String plan) {
        System.out.println("   -- " + title);
        plan.lines().filter(line -> line.contains("Scan") || line.contains("Execution Time") || line.contains("Planning Time"))
                .forEach(line -> System.out.println("      " + line.strip()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
