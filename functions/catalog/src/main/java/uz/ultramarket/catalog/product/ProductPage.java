package uz.ultramarket.catalog.product;

import java.util.List;
import java.util.Optional;

/** One page of a product list; {@code nextCursor} fetches the next and is empty on the last page. */
public record ProductPage(List<ProductCard> products, Optional<String> nextCursor) {

    public ProductPage {
        products = List.copyOf(products);
    }
}
