package uz.ultramarket.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BucketTest {

    @Test
    void objectsLiveUnderThePathTheyAreServedAt() {
        var images = new Bucket("images", "/images/");
        assertEquals("images/", images.keyPrefix());
        assertEquals("images/demo/tvs/black-front.svg", images.objectKey("demo/tvs/black-front.svg"));
    }

    @Test
    void theWebPathIsOneSegmentOutsideTheApi() {
        for (String bad : new String[] {"images", "/images", "images/", "/", "/a/b/", "/Images/", "/api/", "/../"}) {
            assertThrows(IllegalArgumentException.class, () -> new Bucket("images", bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> new Bucket("Images", "/images/"));
    }

    @Test
    void theShopServesProductImagesFromTheRegistrysBucket() {
        assertEquals(List.of(Registry.IMAGES), Registry.buckets());
        assertEquals("/images/", Registry.IMAGES.webPath());
        assertEquals(Registry.buckets(), World.fromRegistry().buckets());
    }

    @Test
    void aWorldDeclaredWithoutBucketsHasNone() {
        assertEquals(List.of(), new World(List.of(), List.of(), List.of(), List.of()).buckets());
    }
}
