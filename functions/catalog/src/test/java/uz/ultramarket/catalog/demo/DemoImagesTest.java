package uz.ultramarket.catalog.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.catalog.demo.DemoAssortment.Node;
import uz.ultramarket.catalog.load.CatalogData;

class DemoImagesTest {

    private static SortedMap<String, byte[]> pictures;
    private static List<Node> leaves;

    @BeforeAll
    static void draw() {
        pictures = DemoImages.all();
        leaves = DemoImages.leaves(DemoAssortment.TREE, new ArrayList<>());
    }

    @Test
    void everyCategoryHasItsPictogramAndEveryShadeIsOneWeDraw() {
        assertEquals(leaves.stream().map(Node::slug).collect(Collectors.toSet()), DemoImages.Pictograms.all().keySet());
        for (Node leaf : leaves) {
            var palette = DemoImages.Pictograms.of(leaf.slug()).palette();
            var variants = leaf.kind().variants();
            boolean coloured = variants == DemoAssortment.Variants.STORAGE_AND_COLOR || variants == DemoAssortment.Variants.COLOR;
            assertEquals(coloured, palette.isEmpty(), leaf.slug() + ": a palette exactly when its products have no colour option");
            assertTrue(DemoImages.SHADES.keySet().containsAll(DemoImages.shades(leaf)), leaf.slug() + ": " + DemoImages.shades(leaf));
        }
    }

    @Test
    void theSetIsSmallWhateverTheCatalogsSize() {
        int expected = leaves.stream().mapToInt(l -> DemoImages.shades(l).size()).sum() * DemoImages.View.values().length;
        assertEquals(expected, pictures.size());
        assertTrue(pictures.size() < 600, "pictures: " + pictures.size());
        long bytes = pictures.values().stream().mapToLong(b -> b.length).sum();
        assertTrue(bytes < 3_000_000, "bytes: " + bytes);
    }

    @Test
    void everyPictureIsA480PixelSvgUnderItsKey() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (var picture : pictures.entrySet()) {
            String key = picture.getKey();
            assertTrue(key.matches("demo/[a-z0-9-]+/[a-z]+-(front|detail)\\.svg"), key);
            var svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(picture.getValue())).getDocumentElement();
            assertEquals("svg", svg.getLocalName(), key);
            assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI(), key);
            assertEquals("0 0 480 480", svg.getAttribute("viewBox"), key);
            assertEquals(0, svg.getElementsByTagNameNS("*", "script").getLength(), key);
            assertTrue(picture.getValue().length < 8_000, key + ": " + picture.getValue().length + " bytes");
        }
    }

    @Test
    void theSameDrawingsOnEveryRun() {
        var again = DemoImages.all();
        assertEquals(pictures.keySet(), again.keySet());
        pictures.forEach((key, bytes) -> assertArrayEquals(bytes, again.get(key), key));
    }

    @Test
    void aGalleryShowsEachColourFromTheFrontThenTheFirstColourCloser() {
        Node phones = leaf("smartphones");
        assertEquals(List.of("demo/smartphones/blue-front.svg", "demo/smartphones/gold-front.svg", "demo/smartphones/blue-detail.svg"),
                DemoImages.gallery(phones, List.of("blue", "gold"), "any", 5));
        assertEquals(List.of("demo/smartphones/blue-front.svg", "demo/smartphones/gold-front.svg", "demo/smartphones/silver-front.svg"),
                DemoImages.gallery(phones, List.of("blue", "gold", "silver", "white"), "any", 3));

        Node tea = leaf("tea");
        var palette = DemoImages.Pictograms.of("tea").palette();
        String shade = palette.get(Math.floorMod("ahmad-tea-earl-grey".hashCode(), palette.size()));
        assertEquals(List.of("demo/tea/" + shade + "-front.svg", "demo/tea/" + shade + "-detail.svg"),
                DemoImages.gallery(tea, List.of(), "ahmad-tea-earl-grey", 5));
    }

    @Test
    void everyProductOfTheStandardAndABigCatalogPointsOnlyAtPicturesOfTheSet() {
        for (var catalog : List.of(DemoCatalog.standard(), DemoCatalog.generate(DemoCatalog.SEED, 20_000))) {
            var used = new HashSet<String>();
            for (CatalogData.Product product : catalog.products()) {
                assertTrue(product.images().size() >= 2 && product.images().size() <= 5, product.slug() + ": " + product.images());
                assertEquals(product.images().size(), Set.copyOf(product.images()).size(), product.slug());
                assertTrue(product.images().stream().allMatch(k -> k.startsWith("demo/" + product.category() + "/")), product.slug());
                product.skus().stream().map(s -> s.options().get("color")).filter(java.util.Objects::nonNull).findFirst()
                        .ifPresent(colour -> assertEquals("demo/" + product.category() + "/" + colour + "-front.svg",
                                product.images().getFirst(), product.slug() + ": its first colour first"));
                used.addAll(product.images());
            }
            assertTrue(pictures.keySet().containsAll(used), "keys outside the set");
            assertFalse(used.isEmpty());
        }
    }

    private static Node leaf(String slug) {
        return leaves.stream().filter(l -> l.slug().equals(slug)).findFirst().orElseThrow();
    }
}
