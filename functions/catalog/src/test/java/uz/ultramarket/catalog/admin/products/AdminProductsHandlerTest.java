package uz.ultramarket.catalog.admin.products;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.catalog.admin.AdminWorld;
import uz.ultramarket.catalog.browse.products.FacetStore;
import uz.ultramarket.catalog.browse.products.ProductsHandler;
import uz.ultramarket.catalog.browse.products.ProductsService;
import uz.ultramarket.catalog.listing.ProductListing;
import uz.ultramarket.catalog.search.CatalogSearch;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.testing.Call;

/** The admin's products against PostgreSQL, DynamoDB Local (audit) and moto's S3, through the handler as API Gateway calls it. */
class AdminProductsHandlerTest {

    private static AdminWorld world;
    private static String token;
    private static int serial;

    @BeforeAll
    static void start() throws Exception {
        world = new AdminWorld("admin_products");
        token = world.managerToken("manager-products");
    }

    @AfterAll
    static void stop() throws Exception {
        world.close();
    }

    /** A valid active product with two variants, codes unique to this call; {@code change} edits it before sending. */
    private static ObjectNode product(Consumer<ObjectNode> change) {
        int n = ++serial;
        var body = (ObjectNode) Json.read("""
                {"categoryId": %d, "brand": "samsung", "status": "active",
                 "name": {"uz": "Smartfon Nova %d", "ru": "Смартфон Нова %d", "en": ""},
                 "description": {"uz": "Kuchli batareya\\nva kamera", "ru": "Мощная батарея"},
                 "images": ["products/2b7c-%d.jpg"],
                 "variants": [
                   {"code": "NOVA%d-128-BLK", "options": {"color": "black", "storage_gb": 128}, "price": 349900000,
                    "compareAtPrice": 399900000, "ikpu": "08517001001000000", "vatPercent": 12, "packageCode": "1514296"},
                   {"code": "NOVA%d-256-BLU", "options": {"color": "blue", "storage_gb": 256}, "price": 419900000,
                    "ikpu": "08517001001000000", "vatPercent": 12}
                 ]}""".formatted(world.smartphones, n, n, n, n, n), JsonNode.class);
        change.accept(body);
        return body;
    }

    private static Call.Answer create(ObjectNode body) {
        return Call.post(world.products, "/api/admin/products").bearer(token).json(body.toString()).send();
    }

    private static Call.Answer put(String bearer, long id, JsonNode body) {
        return Call.to(world.products, "PUT", "/api/admin/products/{id}", "id", Long.toString(id)).bearer(bearer).json(body.toString()).send();
    }

    private static Call.Answer get(long id) {
        return Call.to(world.products, "GET", "/api/admin/products/{id}", "id", Long.toString(id)).bearer(token).send();
    }

    private static ProductsHandler storefront() {
        var db = world.database;
        // a new service each time: the storefront reuses facet counts for a minute
        return new ProductsHandler(new ProductsService(new ProductListing(db), new CatalogSearch(db), new FacetStore(db, Clock.systemUTC()), Clock.systemUTC()));
    }

    private static JsonNode shop(String... parameters) {
        var call = Call.get(storefront(), "/api/products");
        for (int i = 0; i < parameters.length; i += 2) call.query(parameters[i], parameters[i + 1]);
        var answer = call.send();
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private static Set<String> slugs(JsonNode page) {
        var slugs = new TreeSet<String>();
        page.path("items").forEach(i -> slugs.add(i.path("slug").asText()));
        return slugs;
    }

    private static long samsungCount(JsonNode page) {
        for (var brand : page.at("/facets/brands")) if (brand.path("slug").asText().equals("samsung")) return brand.path("count").asLong();
        return 0;
    }

    private static Set<String> errorFields(Call.Answer answer) {
        var fields = new TreeSet<String>();
        answer.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    @Test
    void aCreatedProductIsFoundByTheStorefrontInCyrillicAndLatinAndCountedInFacets() {
        long before = samsungCount(shop("category", "smartphones"));

        var answer = create(product(p -> {}));

        assertEquals(201, answer.status(), answer.body());
        var created = answer.json();
        String slug = created.path("slug").asText();
        assertTrue(slug.matches("smartfon-nova-\\d+"), "a slug made from the name (en is empty, so uz): " + slug);
        assertEquals(0, created.path("version").asLong());
        assertEquals("Smartfon Nova " + serial, created.at("/name/en").asText(), "an empty English name is the Uzbek one");
        assertEquals(2, created.path("variants").size());
        assertEquals(0, created.at("/variants/0/stock/onHand").asLong(), "a new variant starts with nothing on hand");
        assertEquals(399900000L, created.at("/variants/0/compareAtPrice").asLong());
        assertTrue(created.at("/variants/1/compareAtPrice").isMissingNode());

        assertTrue(slugs(shop("q", "нова " + serial)).contains(slug), "found in Cyrillic");
        assertTrue(slugs(shop("q", "nova " + serial)).contains(slug), "found in Latin");
        assertTrue(slugs(shop("q", "чёрный")).contains(slug), "found by its option's name in Russian");
        assertEquals(before + 1, samsungCount(shop("category", "smartphones")), "the storefront's facet counts include it");
        assertEquals(before + 1, samsungCount(shop("category", "electronics")), "and its parent category's");

        var read = get(created.path("id").asLong());
        assertEquals(200, read.status());
        assertEquals(created, read.json());
    }

    @Test
    void theListFindsByNameInEitherScriptOrSkuCodeAndFiltersAndPages() {
        var created = create(product(p -> p.put("status", "draft"))).json();
        long id = created.path("id").asLong();
        String code = created.at("/variants/1/code").asText();

        assertTrue(listIds("q", "нова " + serial).contains(id));
        assertTrue(listIds("q", "Smartfon nova " + serial).contains(id));
        assertTrue(listIds("q", code.toLowerCase()).contains(id), "by SKU code");
        assertTrue(listIds("category", Long.toString(world.electronics), "status", "draft").contains(id), "the subtree");
        assertFalse(listIds("status", "active").contains(id));
        assertTrue(listIds("outOfStock", "true", "brand", "samsung").contains(id));

        var row = Call.get(world.products, "/api/admin/products").bearer(token).query("q", code).send().json().path("items").get(0);
        assertEquals(Set.of("id", "slug", "name", "brand", "categoryId", "status", "priceMin", "image", "skuCount", "stock", "version"),
                fieldNames(row));
        assertEquals(349900000L, row.path("priceMin").asLong());
        assertEquals(2, row.path("skuCount").asInt());

        for (int i = 0; i < 3; i++) create(product(p -> {}));
        var seen = new ArrayList<Long>();
        String cursor = null;
        long previous = Long.MAX_VALUE;
        do {
            var call = Call.get(world.products, "/api/admin/products").bearer(token).query("sort", "-price").query("limit", "2");
            if (cursor != null) call.query("cursor", cursor);
            var page = call.send().json();
            for (var item : page.path("items")) {
                seen.add(item.path("id").asLong());
                assertTrue(item.path("priceMin").asLong() <= previous, "by price, highest first");
                previous = item.path("priceMin").asLong();
            }
            cursor = page.has("nextCursor") ? page.path("nextCursor").asText() : null;
        } while (cursor != null);
        assertEquals(listIds("limit", "100").size(), seen.size());
        assertEquals(seen.size(), new TreeSet<>(seen).size(), "no product twice across pages");

        var bad = Call.get(world.products, "/api/admin/products").bearer(token).query("sort", "cheapest").query("limit", "500").send();
        assertEquals(400, bad.status());
        assertEquals(Set.of("sort", "limit"), errorFields(bad));
    }

    private static List<Long> listIds(String... parameters) {
        var call = Call.get(world.products, "/api/admin/products").bearer(token).query("limit", "100");
        for (int i = 0; i < parameters.length; i += 2) call.query(parameters[i], parameters[i + 1]);
        var answer = call.send();
        assertEquals(200, answer.status(), answer.body());
        var ids = new ArrayList<Long>();
        answer.json().path("items").forEach(i -> ids.add(i.path("id").asLong()));
        return ids;
    }

    private static Set<String> fieldNames(JsonNode node) {
        var names = new TreeSet<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void eachBadFieldIsA400NamingIt() {
        assertInvalid(product(p -> ((ObjectNode) p.path("name")).put("uz", " ")), "name.uz");
        assertInvalid(product(p -> ((ObjectNode) p.at("/variants/1")).put("price", 0)), "variants[1].price");
        assertInvalid(product(p -> ((ObjectNode) p.at("/variants/1")).put("price", -5)), "variants[1].price");
        assertInvalid(product(p -> ((ObjectNode) p.at("/variants/0")).put("compareAtPrice", 349900000)), "variants[0].compareAtPrice");
        assertInvalid(product(p -> ((ObjectNode) p.at("/variants/1")).put("ikpu", "0851700100100000")), "variants[1].ikpu");
        assertInvalid(product(p -> ((ObjectNode) p.at("/variants/0")).put("ikpu", "0851700100100000A")), "variants[0].ikpu");
        assertInvalid(product(p -> ((ObjectNode) p.at("/variants/0")).put("vatPercent", 101)), "variants[0].vatPercent");
        assertInvalid(product(p -> ((ObjectNode) p.at("/variants/1")).put("vatPercent", -1)), "variants[1].vatPercent");
        assertInvalid(product(p -> ((ObjectNode) p.at("/variants/1")).put("packageCode", "15-14")), "variants[1].packageCode");
        assertInvalid(product(p -> p.put("categoryId", 999999)), "categoryId");
        assertInvalid(product(p -> ((ObjectNode) p.at("/variants/0")).put("code", "nova-lower")), "variants[0].code");
        assertInvalid(product(p -> p.putArray("variants")), "variants");
        assertInvalid(product(p -> {
            p.remove("categoryId");
            ((ObjectNode) p.at("/variants/1")).put("price", 1.5);
        }), "categoryId", "variants[1].price");
    }

    private static void assertInvalid(ObjectNode body, String... fields) {
        var answer = create(body);
        assertEquals(400, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.headers().get("Content-Type").split(";")[0]);
        assertEquals(new TreeSet<>(List.of(fields)), errorFields(answer), answer.body());
    }

    @Test
    void aTakenSlugOrSkuCodeIsA409NamingIt() {
        var first = create(product(p -> p.put("slug", "nova-original"))).json();

        var sameSlug = create(product(p -> p.put("slug", "nova-original")));
        assertEquals(409, sameSlug.status(), sameSlug.body());
        assertEquals(Set.of("slug"), errorFields(sameSlug));

        String takenCode = first.at("/variants/0/code").asText();
        var sameCode = create(product(p -> ((ObjectNode) p.at("/variants/1")).put("code", takenCode)));
        assertEquals(409, sameCode.status(), sameCode.body());
        assertEquals(Set.of("variants[1].code"), errorFields(sameCode));
    }

    @Test
    void twoEditsOfTheSameVersionAtOnceSaveOneAndRefuseTheOther() throws Exception {
        var created = create(product(p -> {})).json();
        long id = created.path("id").asLong();
        var barrier = new CyclicBarrier(2);
        var answers = Collections.synchronizedList(new ArrayList<Call.Answer>());
        try (var threads = Executors.newFixedThreadPool(2)) {
            var futures = new ArrayList<Future<?>>();
            for (String price : List.of("111100000", "222200000")) {
                var edit = created.deepCopy();
                ((ObjectNode) edit.at("/variants/0")).put("price", Long.parseLong(price)).remove("compareAtPrice");
                ((ObjectNode) edit.path("name")).put("ru", "Правка " + price);
                futures.add(threads.submit(() -> {
                    barrier.await();
                    answers.add(put(token, id, edit));
                    return null;
                }));
            }
            for (var future : futures) future.get();
        }
        var statuses = answers.stream().map(Call.Answer::status).sorted().toList();
        assertEquals(List.of(200, 409), statuses, answers.toString());
        var won = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow().json();
        var lost = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertEquals(Set.of("version"), errorFields(lost));

        var stored = get(id).json();
        assertEquals(1, stored.path("version").asLong());
        assertEquals(won.at("/name/ru"), stored.at("/name/ru"), "the saved edit is the one answered 200");
        assertEquals(won.at("/variants/0/price"), stored.at("/variants/0/price"));
    }

    @Test
    void anUpdateChangesAddsAndRemovesVariantsButNotOneWhoseStockIsHeld() throws Exception {
        var created = create(product(p -> {})).json();
        long id = created.path("id").asLong();
        var edit = (ObjectNode) created.deepCopy();
        var variants = (com.fasterxml.jackson.databind.node.ArrayNode) edit.path("variants");
        long removedId = variants.get(1).path("id").asLong();
        variants.remove(1);
        ((ObjectNode) variants.get(0)).put("price", 300000000).put("compareAtPrice", 350000000);
        variants.addObject().put("code", "NOVA" + serial + "-512-BLK").put("price", 500000000).put("ikpu", "08517001001000000");
        edit.put("status", "archived");

        var saved = put(token, id, edit);

        assertEquals(200, saved.status(), saved.body());
        assertEquals(1, saved.json().path("version").asLong());
        assertEquals("archived", saved.json().path("status").asText());
        assertEquals(2, saved.json().path("variants").size());
        assertEquals(created.at("/variants/0/id"), saved.json().at("/variants/0/id"), "the kept variant keeps its id");
        assertEquals(300000000L, saved.json().at("/variants/0/price").asLong());
        assertFalse(saved.json().path("variants").findValuesAsText("id").contains(Long.toString(removedId)));

        var stale = put(token, id, edit);
        assertEquals(409, stale.status());
        assertEquals(Set.of("version"), errorFields(stale));

        long heldSku = saved.json().at("/variants/1/id").asLong();
        world.sql("UPDATE sku SET stock_on_hand = 3, stock_reserved = 1 WHERE id = " + heldSku);
        var withoutHeld = saved.json().deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) withoutHeld.path("variants")).remove(1);
        var refused = put(token, id, withoutHeld);
        assertEquals(409, refused.status(), refused.body());
        assertEquals(Set.of("variants"), errorFields(refused));
        assertEquals(2, get(id).json().path("variants").size(), "nothing removed");

        var foreign = saved.json().deepCopy();
        ((ObjectNode) foreign.at("/variants/0")).put("id", removedId);
        assertEquals(Set.of("variants[0].id"), errorFields(put(token, id, foreign)));
    }

    @Test
    void savesAreAuditedWithBeforeAndAfter() {
        var token = world.managerToken("manager-audited");
        var created = Call.post(world.products, "/api/admin/products").bearer(token).json(product(p -> {}).toString()).send().json();
        long id = created.path("id").asLong();
        var edit = created.deepCopy();
        ((ObjectNode) edit.path("name")).put("uz", "Yangi nom");
        assertEquals(200, put(token, id, edit).status());

        var entries = world.auditBy("manager-audited");
        assertEquals(List.of("product.update", "product.create"), entries.stream().map(e -> e.action()).toList());
        var update = entries.get(0);
        assertEquals("product:" + id, update.target());
        assertEquals("manager", update.actorRole());
        assertEquals(created.at("/name/uz").asText(), update.before().orElseThrow().at("/name/uz").asText());
        assertEquals("Yangi nom", update.after().orElseThrow().at("/name/uz").asText());
        assertTrue(entries.get(1).before().isEmpty(), "a create has no before");
        assertEquals(id, entries.get(1).after().orElseThrow().path("id").asLong());
    }

    @Test
    void onlyStaffMayUseIt() {
        var none = Call.get(world.products, "/api/admin/products").send();
        assertEquals(401, none.status());
        var customer = Call.post(world.products, "/api/admin/products").bearer(world.customerToken("shopper-1")).body("text/plain", "not even JSON").send();
        assertEquals(403, customer.status(), "refused before the body is read");
        var upload = Call.post(world.products, "/api/admin/product-images").bearer(world.customerToken("shopper-1"))
                .json("{\"contentType\": \"image/png\", \"size\": 10}").send();
        assertEquals(403, upload.status());
    }
}
